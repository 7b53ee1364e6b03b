/* compiles anywhere */
typedef int unused_t;
