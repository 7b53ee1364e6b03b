#error excluded from the Release|x64 build
