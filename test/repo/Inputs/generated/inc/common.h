/* On the project's VC++ include path ($(SolutionDir)\inc). */
#define GEN_MAX_DEVICES 4
