# CMake toolchain file: the kernel library and drivers with Debian's
# mingw-w64 cross compiler (packages gcc-mingw-w64-x86-64 and
# mingw-w64-x86-64-dev, whose DDK headers are in
# /usr/share/mingw-w64/include/ddk).
#
#   cmake -S runtime_shim/kernel -B build-km -G Ninja \
#         -DCMAKE_TOOLCHAIN_FILE="$PWD/runtime_shim/kernel/mingw-w64-x86_64.cmake"
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(WSKSHIM_MINGW_PREFIX x86_64-w64-mingw32 CACHE STRING
    "Prefix of the mingw-w64 tools")
set(CMAKE_C_COMPILER ${WSKSHIM_MINGW_PREFIX}-gcc)
set(CMAKE_AR ${WSKSHIM_MINGW_PREFIX}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${WSKSHIM_MINGW_PREFIX}-ranlib CACHE FILEPATH "")
set(CMAKE_FIND_ROOT_PATH /usr/${WSKSHIM_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
# Kernel code has no user-mode C runtime to link a test program with.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
