# Windows: an NSIS installer made by CPack (`cpack -G NSIS` in a configured build directory; NSIS 3
# must be installed), included by packaging/cpack.cmake when WIN32. Not built on the Linux machine
# this was written on: see packaging/README.md.
#
# The installer holds what `cmake --install` puts under the prefix:
#   bin/jobdesk.exe                 install(TARGETS jobdesk RUNTIME DESTINATION bin), app/CMakeLists.txt
#   bin/Qt6*.dll, plugins...        windeployqt, run by Qt's deploy script at install time (below)
#   bin/KF6SyntaxHighlighting.dll   not a Qt library, so windeployqt leaves it: installed below
#   bin/msvcp140.dll ...            the MSVC runtime, app-local (InstallRequiredSystemLibraries)

# The executable's icon and version resource (Explorer, the taskbar, the installer's shortcut).
set(_jobdesk_win "${CMAKE_CURRENT_LIST_DIR}")
set(JOBDESK_RC_ICON "${_jobdesk_win}/jobdesk.ico")
string(REPLACE "." "," JOBDESK_RC_VERSION "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
configure_file("${_jobdesk_win}/jobdesk.rc.in" "${PROJECT_BINARY_DIR}/packaging/jobdesk.rc" @ONLY)
target_sources(jobdesk PRIVATE "${PROJECT_BINARY_DIR}/packaging/jobdesk.rc")

# Qt's deploy script runs windeployqt on the installed executable: Qt's DLLs, the platform, style,
# image format, icon engine and SQL driver plugins the executable needs (QSQLITE included: Jobdesk
# loads it by name, and windeployqt deploys every SQL driver of Qt SQL unless told otherwise).
# Translations of Qt itself are deployed too; the MSVC runtime comes from CMake below instead of
# windeployqt's vc_redist installer, so installing needs no administrator rights beyond NSIS's own.
qt_generate_deploy_app_script(
    TARGET jobdesk
    OUTPUT_SCRIPT _jobdesk_deploy_script
    NO_COMPILER_RUNTIME
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${_jobdesk_deploy_script}")
# KSyntaxHighlighting (the Markdown notes' highlighting): the DLL of the imported target.
install(IMPORTED_RUNTIME_ARTIFACTS KF6::SyntaxHighlighting RUNTIME DESTINATION bin)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "jobdesk-${PROJECT_VERSION}-windows-x64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Jobdesk")
set(CPACK_NSIS_PACKAGE_NAME "Jobdesk")
set(CPACK_NSIS_DISPLAY_NAME "Jobdesk ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${JOBDESK_PACKAGE_MAINTAINER}")
# The licence page shows packaging/cpack.cmake's notice (Jobdesk's licence and the skills dictionary's
# attributions); NSIS wants a .txt.
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt")
# Start menu: a "Jobdesk" shortcut to bin\jobdesk.exe (CPACK_NSIS_EXECUTABLES_DIRECTORY is bin by
# default), and the Add/Remove Programs entry's icon.
set(CPACK_PACKAGE_EXECUTABLES jobdesk Jobdesk)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\jobdesk.exe")
set(CPACK_NSIS_MUI_ICON "${JOBDESK_RC_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${JOBDESK_RC_ICON}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "jobdesk.exe")
# The command line (jobdesk list, import ...) is there too, but jobdesk.exe is a GUI-subsystem
# executable (WIN32_EXECUTABLE): PATH is left alone.
set(CPACK_NSIS_MODIFY_PATH OFF)
