"""Builds pith's Python extension with CMake (see pyproject.toml).

The compiled core pith._pith is the CMake target `_pith` (python/): this
configures a CMake tree with only the library and the module, builds that
target and copies it where setuptools packs the extension.
"""
import glob
import os
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(here, "build-pip"), exist_ok=True)  # egg_base must exist


def version() -> str:
    # One source of truth: project(pith VERSION x.y.z) in CMakeLists.txt.
    with open(os.path.join(here, "CMakeLists.txt"), encoding="utf-8") as f:
        return re.search(r"project\(pith VERSION ([0-9.]+)", f.read()).group(1)


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        tree = os.path.abspath(os.path.join(self.build_temp, "cmake"))
        subprocess.check_call([
            "cmake", "-S", here, "-B", tree, "-DCMAKE_BUILD_TYPE=Release", "-DPITH_PYTHON=ON",
            "-DPITH_BUILD_TESTS=OFF", "-DPITH_BUILD_CLI=OFF", "-DPITH_BUILD_DEVTOOLS=OFF",
            "-DPITH_BUILD_BENCH=OFF", f"-DPython3_EXECUTABLE={sys.executable}",
        ])
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2")
        subprocess.check_call(["cmake", "--build", tree, "--target", "_pith", "-j", jobs])
        built = glob.glob(os.path.join(tree, "python", "pith", "_pith*.so"))
        if len(built) != 1:
            raise RuntimeError(f"expected one _pith*.so in {tree}/python/pith, found {built}")
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built[0], target)


setup(
    version=version(),
    ext_modules=[Extension("pith._pith", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    # Beside CMake's own build/ trees, not mixed into them.
    options={"build": {"build_base": "build-pip"}, "egg_info": {"egg_base": "build-pip"}},
)
