# -*- Python -*- lit configuration for the wskcheck suite.
import os
import subprocess

import lit.formats

config.name = "wskcheck"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.wsk_obj_root, "test")

bin_dir = os.path.join(config.wsk_obj_root, "bin")
lib_dir = os.path.join(config.wsk_obj_root, "lib")
config.environment["PATH"] = os.pathsep.join(
    [bin_dir, config.llvm_tools_dir, config.environment.get("PATH", "")])

clang = os.path.join(config.llvm_tools_dir, "clang")
plugin = os.path.join(lib_dir, "WskCheckerPlugin.so")
inc = config.wsk_host_include

config.substitutions.append(("%wsk_plugin", plugin))
config.substitutions.append(("%wsk_include", inc))
config.substitutions.append(("%wskcheck", os.path.join(bin_dir, "wskcheck")))
config.substitutions.append(("%wsk_src", config.wsk_src_root))
# The analyzer through the plugin, the way the rule tests drive it. The host
# headers are an ordinary include directory (not -isystem), as the WDK's often
# are, so the model is tested without clang's system-header leniency.
# cc1 has no default include paths: give it clang's own headers and the C
# library's, as the driver would.
resource_dir = subprocess.check_output(
    [clang, "-print-resource-dir"], text=True).strip()
cc1_includes = (f"-internal-isystem {resource_dir}/include "
                "-internal-externc-isystem /usr/include/x86_64-linux-gnu "
                "-internal-externc-isystem /usr/include")
config.substitutions.append(
    ("%clang_resource_include", os.path.join(resource_dir, "include")))
config.substitutions.append(
    ("%clang_analyze_wsk",
     f"{clang} -cc1 -analyze -load {plugin} -analyzer-checker=wsk "
     f"-analyzer-checker=core.builtin -triple x86_64-pc-linux-gnu "
     f"{cc1_includes} -I {inc}"))
config.substitutions.append(("%clang", clang))
config.substitutions.append(("%cc", config.c_compiler))

config.available_features.add(f"llvm-{config.wsk_llvm_major}")

# Runtime shim (runtime_shim/): wskshim-cc compiles and links a driver with
# the forced-include header, the host environment and the lifecycle harness;
# the core unit test runs the shim core's state machine on its own.
config.substitutions.append(
    ("%wskshim_cc", os.path.join(bin_dir, "wskshim-cc")))
config.substitutions.append(
    ("%wskshim_core_test", os.path.join(bin_dir, "wskshim_core_test")))
config.substitutions.append(
    ("%wskshim_cxx", os.path.join(bin_dir, "wskshim-c++")))
