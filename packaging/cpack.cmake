# CPack configuration of Jobdesk's installers (packaging/README.md), included at the end of the
# top-level CMakeLists.txt, after every install() rule. Installing is the install rules' business
# (top-level CMakeLists.txt and app/); this file only says how CPack wraps what they install:
#   Linux:   a Debian package, `cpack -G DEB` (tools/package builds, lints and install-tests it)
#   Windows: an NSIS installer (packaging/windows/cpack-windows.cmake)
#   macOS:   a drag-and-drop DMG (packaging/macos/cpack-macos.cmake)
# Everything is written into dist/ at the top of the checkout.

# One identity for every package: JOBDESK_APP_ID, set in the top-level CMakeLists.txt (the desktop file's
# and icon's name on Linux, the AppStream id, QGuiApplication::desktopFileName), is also the macOS
# bundle id and the Flatpak id (packaging/flatpak/). The fallback only keeps this file usable alone.
if(NOT DEFINED JOBDESK_APP_ID)
    set(JOBDESK_APP_ID "io.github.jobdesk.Jobdesk")
endif()
set(JOBDESK_PACKAGE_MAINTAINER "Jobdesk maintainers <maintainers@jobdesk.example.org>" CACHE STRING
    "Maintainer of the packages: 'Name <address>'")

set(CPACK_PACKAGE_NAME jobdesk)
set(CPACK_PACKAGE_VENDOR "The Jobdesk project")
set(CPACK_PACKAGE_CONTACT "${JOBDESK_PACKAGE_MAINTAINER}")
# The version has one source: project(VERSION) in the top-level CMakeLists.txt.
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The README's first paragraph, in the third person, in lines of under 80 characters (Debian's
# extended description is shown as it is written; CPack does not wrap it).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Jobdesk collects job listings from wherever they come (saved job pages,"
    "board exports, CSV, feeds, pasted text) into one local library, finds the"
    "right ones as fast as you type, keeps your notes on them and shows your"
    "skills gap: which skills the listings ask for, which you have, and which"
    "one to learn next. Recruiters track candidates against openings with the"
    "same engine."
    ""
    "Everything stays on your computer: no account, no server, no network.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Jobdesk")
set(CPACK_OUTPUT_FILE_PREFIX "${PROJECT_SOURCE_DIR}/dist")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# No source packages: the source is the git repository.
set(CPACK_SOURCE_GENERATOR "")

# The copyright notice shipped with every package: Jobdesk's own notice, then the attributions the
# skills dictionary's sources (MIT, CC BY 4.0) require to travel with every copy.
set(_jobdesk_notice "${PROJECT_BINARY_DIR}/packaging/copyright")
file(READ "${PROJECT_SOURCE_DIR}/resources/skills/ATTRIBUTION.md" _jobdesk_attribution)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    file(READ "${PROJECT_SOURCE_DIR}/LICENSE" _jobdesk_license)
else()
    # No licence file in the repository yet (JOBDESK_LICENSE in the top-level CMakeLists.txt says so
    # too; packaging/README.md, "Open points").
    set(_jobdesk_license "Copyright: the Jobdesk project.\n")
    if(DEFINED JOBDESK_LICENSE)
        string(APPEND _jobdesk_license "License: ${JOBDESK_LICENSE}\n")
    endif()
    string(APPEND _jobdesk_license
        "Jobdesk's code and its sample listings are the project's own; no licence has been chosen yet.\n")
endif()
file(WRITE "${_jobdesk_notice}"
    "Jobdesk ${PROJECT_VERSION}\n${PROJECT_HOMEPAGE_URL}\n\n${_jobdesk_license}\n"
    "Skills dictionary (resources/skills/skills.tsv)\n"
    "===============================================\n\n${_jobdesk_attribution}")
set(CPACK_RESOURCE_FILE_LICENSE "${_jobdesk_notice}")
configure_file("${_jobdesk_notice}" "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt" COPYONLY)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_PACKAGE_NAME jobdesk)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # jobdesk_VERSION_ARCH.deb
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${JOBDESK_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")  # CPack prepends the summary
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Library dependencies from the libraries the executable links (dpkg-shlibdeps), plus what Qt
    # loads at run time as plugins, which no ELF dependency shows:
    #   libqt6sql6-sqlite  the QSQLITE driver (models/store/database.cpp); without it no library opens
    #   qt6-qpa-plugins    the xcb, wayland-egl... platform plugins; without them no window opens
    # and, recommended, what makes it better where present:
    #   qt6-wayland        native Wayland windows (otherwise Qt runs through XWayland)
    #   qt6-svg-plugins    the hicolor theme's scalable SVG icon, when Qt looks the window icon up by
    #                      JOBDESK_APP_ID (app/gui.cpp); without it Qt takes the PNGs
    #   qt6-translations-l10n  Qt's own strings (dialog buttons) in the user's language
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-svg-plugins, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

    # What Debian policy asks of every package and CPack does not make: the copyright file and, for
    # a native package (the version has no Debian revision), changelog.gz, in /usr/share/doc/jobdesk.
    # Compressed with gzip -n (no name or time stamp inside) so the package is reproducible.
    set(_jobdesk_debdoc "${PROJECT_BINARY_DIR}/packaging/deb")
    file(MAKE_DIRECTORY "${_jobdesk_debdoc}")
    configure_file("${_jobdesk_notice}" "${_jobdesk_debdoc}/copyright" COPYONLY)
    string(TIMESTAMP _jobdesk_date "%a, %d %b %Y %H:%M:%S +0000" UTC)  # honours SOURCE_DATE_EPOCH
    file(WRITE "${_jobdesk_debdoc}/changelog"
        "jobdesk (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
        "  * Release ${PROJECT_VERSION}; the changes are in CHANGELOG.md of the source.\n\n"
        " -- ${JOBDESK_PACKAGE_MAINTAINER}  ${_jobdesk_date}\n")
    find_program(JOBDESK_GZIP gzip REQUIRED)
    execute_process(
        COMMAND "${JOBDESK_GZIP}" -9nf "${_jobdesk_debdoc}/changelog"
        RESULT_VARIABLE _jobdesk_gzip_result)
    if(NOT _jobdesk_gzip_result EQUAL 0)
        message(FATAL_ERROR "gzip of ${_jobdesk_debdoc}/changelog failed")
    endif()
    install(FILES "${_jobdesk_debdoc}/copyright" "${_jobdesk_debdoc}/changelog.gz"
        DESTINATION share/doc/jobdesk)
    # Debian compresses manual pages (policy 12.1; dh_compress does it for debhelper packages). Only
    # when CPack installs into its staging directory: `cmake --install` leaves them as they are.
    set(CPACK_CUSTOM_INSTALL_VARIABLES "JOBDESK_GZIP_MANPAGES=ON")
    install(CODE [[
        if(JOBDESK_GZIP_MANPAGES)
            file(GLOB_RECURSE _jobdesk_pages "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/share/man/*")
            list(FILTER _jobdesk_pages INCLUDE REGEX "\\.[1-9]$")
            foreach(_jobdesk_page IN LISTS _jobdesk_pages)
                execute_process(COMMAND gzip -9nf "${_jobdesk_page}" RESULT_VARIABLE _jobdesk_rc)
                if(NOT _jobdesk_rc EQUAL 0)
                    message(FATAL_ERROR "gzip ${_jobdesk_page} failed")
                endif()
            endforeach()
        endif()
    ]])
    # Lintian overrides, each justified in the file (tools/package lists the warnings it leaves).
    if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/deb/lintian-overrides")
        install(FILES "${CMAKE_CURRENT_LIST_DIR}/deb/lintian-overrides"
            DESTINATION share/lintian/overrides RENAME jobdesk)
    endif()
elseif(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/cpack-windows.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/cpack-macos.cmake")
endif()

include(CPack)
