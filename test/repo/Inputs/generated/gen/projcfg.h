/* In the project's folder, not the source's. */
#define GEN_POOL_TAG 'nreG'
