# The Debian package: `cpack -G DEB` in a build tree configured with
# -DCMAKE_INSTALL_PREFIX=/usr (scripts/quickstart.sh deb does both).
#
# Everything the package holds comes from the install() rules; this file only
# describes the package. Shared-library dependencies are found by
# dpkg-shlibdeps; the programs the tool runs or loads at run time, which no
# ELF header names, are listed by hand.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME keepalive-tuner)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Keepalive Tuner developers <keepalive-tuner@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore and tune TCP keep-alive")
# CPack writes the Debian form itself: the summary as the synopsis, then the
# text indented, with " ." for the empty line between paragraphs.
# Lines stay under 80 columns (lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION
"Keepalive Tuner shows what a Linux host does with TCP keep-alive today:
the three net.ipv4.tcp_keepalive_* sysctls, where each value comes from and
how long a silently dead peer goes unnoticed. It changes them through a
small polkit helper, opens real test connections with per-socket options
read back from the kernel, and draws the probe schedule with the kernel's
timer windows.

The package holds the desktop application (keepalive-tuner), its
command-line twin (keepalivectl) and the privileged helper.")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# keepalive-tuner_<version>_<arch>.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# pkexec starts the helper; polkitd answers it (the policy needs it). The
# Chinese interface needs a font with its glyphs: without one every character
# is a box.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "pkexec, polkitd, fonts-noto-cjk")
# Qt's own words (standard buttons, file dialogs, the command line's "Usage")
# in Chinese; the program's own translation is in the package.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
# The package is the whole install, in one component.
set(CPACK_DEB_COMPONENT_INSTALL OFF)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/\\\\.git/")

if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    message(STATUS "Packaging: the prefix is ${CMAKE_INSTALL_PREFIX}; a Debian package "
                   "needs -DCMAKE_INSTALL_PREFIX=/usr (scripts/quickstart.sh deb uses it)")
endif()

include(CPack)
