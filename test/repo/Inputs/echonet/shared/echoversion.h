/* The version macros come from build/version.props, through the
   project's PreprocessorDefinitions. */
#pragma once

#if ECHO_VERSION_MAJOR != 2 || ECHO_VERSION_MINOR != 7
#error "ECHO_VERSION_MAJOR and ECHO_VERSION_MINOR are set by version.props"
#endif
