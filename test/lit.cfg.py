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

# clang-tidy module (checker/tidy/): the clang-tidy of the same LLVM loads it.
# Inserted first because "%clang" above would otherwise rewrite the start of
# "%clang_tidy".
import sys

clang_tidy = os.path.join(config.llvm_tools_dir, "clang-tidy")
config.substitutions.insert(0, ("%clang_tidy", clang_tidy))
config.substitutions.append(
    ("%wsk_tidy_module", os.path.join(lib_dir, "WskTidyModule.so")))
config.substitutions.append(("%python", sys.executable))
# The lit running this suite, for tests of what reads lit's output.
config.substitutions.insert(
    0, ("%lit", f"{sys.executable} {os.path.abspath(sys.argv[0])}"))
# The module is built when the clang-tidy headers are installed; the binary
# is needed to run it.
if os.path.exists(clang_tidy) and os.path.exists(os.path.join(
        os.path.dirname(config.llvm_tools_dir), "include", "clang-tidy",
        "ClangTidyCheck.h")):
    config.available_features.add("clang-tidy")

# SARIF 2.1.0 schema validation (test/wskcheck/sarif-schema.test): the
# schema file scripts/setup.sh installs (or the one WSK_SARIF_SCHEMA names),
# checked with the jsonschema module of the Python that runs lit.
import importlib.util

sarif_schema = os.environ.get("WSK_SARIF_SCHEMA") or os.path.join(
    os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
    "wskcheck", "sarif-2.1.0.json")
if os.path.isfile(sarif_schema) and importlib.util.find_spec("jsonschema"):
    config.available_features.add("sarif-schema")
    config.substitutions.append(
        ("%sarif_validate",
         f"{sys.executable} {config.wsk_src_root}/test/wskcheck/Inputs/"
         f"validate-sarif.py {sarif_schema}"))

# The confirmation runner (runtime_shim/confirm/): confirms wskcheck's
# findings by running the driver under the shim. Inserted first, or
# "%wskcheck" above would rewrite the start of "%wskcheck_confirm".
config.substitutions.insert(
    0, ("%wskcheck_confirm", os.path.join(bin_dir, "wskcheck-confirm")))
# The language server (checker/lsp/): inserted first for the same reason.
config.substitutions.insert(0, ("%wsk_lsp", os.path.join(bin_dir, "wskcheck-lsp")))

# A clang-tidy of another LLVM version, if one is installed beside this one
# (16 or later, which can load modules): the tidy module must refuse to load
# into it.
import glob
import re

other_tidy = []
for t in glob.glob(os.path.join(
        os.path.dirname(os.path.dirname(config.llvm_tools_dir)), "llvm-*",
        "bin", "clang-tidy")):
    m = re.search(r"llvm-(\d+)/bin/clang-tidy$", t)
    if m and int(m.group(1)) >= 16 and (
            m.group(1) != str(config.wsk_llvm_major)):
        other_tidy.append((int(m.group(1)), t))
if other_tidy:
    config.available_features.add("other-clang-tidy")
    config.substitutions.insert(0, ("%other_clang_tidy", max(other_tidy)[1]))

# The kernel build of the shim (runtime_shim/kernel/) with the mingw-w64
# cross compiler: Debian packages gcc-mingw-w64-x86-64 and
# mingw-w64-x86-64-dev (DDK headers, ntoskrnl/netio import libraries).
import shutil

if shutil.which("x86_64-w64-mingw32-gcc") and shutil.which(
        "x86_64-w64-mingw32-objdump") and os.path.isfile(
            "/usr/share/mingw-w64/include/ddk/ntddk.h"):
    config.available_features.add("mingw-kernel")

# The kernel build loaded by Wine (wskcheck-confirm --kernel): Debian
# packages wine and wine64 besides mingw-w64. Every test shares one Wine
# prefix (creating one takes about 30 s), the confirmation runner's default
# one; runners take turns in it.
wine_loader = shutil.which("wine64") or (
    "/usr/lib/wine/wine64" if os.access("/usr/lib/wine/wine64", os.X_OK)
    else None)
if "mingw-kernel" in config.available_features and wine_loader and (
        shutil.which("wineserver") or
        os.access("/usr/lib/wine/wineserver64", os.X_OK)):
    config.available_features.add("wine")
config.substitutions.append(
    ("%wine_prefix", os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
        "wskcheck", "wine-prefix")))
# C++ drivers under Wine need mingw-w64's g++ too (g++-mingw-w64-x86-64).
if "wine" in config.available_features and shutil.which(
        "x86_64-w64-mingw32-g++"):
    config.available_features.add("wine-cxx")

# The WDK profile (--wdk=mingw, checker/tool/WdkProfile.cpp): driver sources
# analysed with mingw-w64's kernel headers (Debian package
# mingw-w64-x86-64-dev) and the project's own (checker/wdk/include).
# %wdk_mingw_args spells out the arguments the profile adds, so the profile's
# headers are tested with plain clang and with "wskcheck -- <args>" as well
# as through --wdk; test/wdk/profile-args.test keeps the two in step.
mingw_include = "/usr/share/mingw-w64/include"
wdk_include = os.path.join(config.wsk_src_root, "checker", "wdk", "include")
if os.path.isfile(os.path.join(mingw_include, "ddk", "ntddk.h")):
    config.available_features.add("mingw-headers")
config.substitutions.append(("%wdk_include", wdk_include))
config.substitutions.append(
    ("%wdk_mingw_args",
     "--target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility "
     "-fms-compatibility-version=19.40 -fgnuc-version=4.2.1 "
     "-Wno-error=implicit-function-declaration -Wno-error=implicit-int "
     "-Wno-error=int-conversion "
     "-Wno-error=incompatible-function-pointer-types "
     "-Wno-error=incompatible-pointer-types -Wno-error=return-type "
     "-Wno-error=invalid-token-paste "
     f"-Xclang -isystem -Xclang {wdk_include} "
     f"-Xclang -idirafter -Xclang {mingw_include}/ddk "
     f"-Xclang -idirafter -Xclang {mingw_include} "
     f"-Xclang -include -Xclang {wdk_include}/wskcheck_wdk_prelude.h"))
# The analyzer through the plugin on the WDK profile's headers, which are
# system headers there: the model must not depend on where a routine is
# declared. Inserted first, or "%clang_analyze_wsk" would rewrite its start.
config.substitutions.insert(
    0, ("%clang_analyze_wsk_wdk",
        f"{clang} -cc1 -analyze -load {plugin} -analyzer-checker=wsk "
        "-analyzer-checker=core.builtin -triple x86_64-pc-windows-msvc "
        "-fms-extensions -fms-compatibility -fms-compatibility-version=19.40 "
        "-fgnuc-version=4.2.1 -Wno-error=implicit-function-declaration "
        "-Wno-error=int-conversion -Wno-error=incompatible-pointer-types "
        f"-internal-isystem {resource_dir}/include -isystem {wdk_include} "
        f"-idirafter {mingw_include}/ddk -idirafter {mingw_include} "
        f"-include {wdk_include}/wskcheck_wdk_prelude.h"))
config.substitutions.insert(
    0, ("%clang_extdef_mapping",
        os.path.join(config.llvm_tools_dir, "clang-extdef-mapping")))
# Tests of the options themselves wait until the wskcheck being tested has
# them.
try:
    wskcheck_help = subprocess.run(
        [os.path.join(bin_dir, "wskcheck"), "--help"], capture_output=True,
        text=True, timeout=60).stdout
except (OSError, subprocess.SubprocessError):
    wskcheck_help = ""
if "--wdk" in wskcheck_help:
    config.available_features.add("wskcheck-wdk")
if "--ctu" in wskcheck_help:
    config.available_features.add("wskcheck-ctu")

# The clang of that other LLVM version, if any: the analyzer plugin must
# refuse to load into it.
other_clang = [(v, os.path.join(os.path.dirname(t), "clang"))
               for v, t in other_tidy
               if os.path.exists(os.path.join(os.path.dirname(t), "clang"))]
if other_clang:
    config.available_features.add("other-clang")
    config.substitutions.append(("%other_clang", max(other_clang)[1]))

# A clang older than 16 (Debian's default clang is 14), which has no
# LLVMGetVersion: the plugin must tell it apart all the same.
old_clang = []
for c in glob.glob(os.path.join(
        os.path.dirname(os.path.dirname(config.llvm_tools_dir)), "llvm-*",
        "bin", "clang")):
    m = re.search(r"llvm-(\d+)/bin/clang$", c)
    if m and int(m.group(1)) < 16:
        old_clang.append((int(m.group(1)), c))
if old_clang:
    config.available_features.add("old-clang")
    config.substitutions.append(("%old_clang", min(old_clang)[1]))

# Its clang-tidy, which can load a module too (-load): the module must tell
# that LLVM apart before touching clang-tidy's objects.
old_tidy = [(v, os.path.join(os.path.dirname(c), "clang-tidy"))
            for v, c in old_clang
            if os.path.exists(os.path.join(os.path.dirname(c), "clang-tidy"))]
if old_tidy:
    config.available_features.add("old-clang-tidy")
    config.substitutions.insert(0, ("%old_clang_tidy", min(old_tidy)[1]))
