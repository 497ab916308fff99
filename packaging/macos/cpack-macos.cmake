# macOS: an application bundle (Jobdesk.app) on a drag-and-drop disk image made by CPack
# (`cpack -G DragNDrop` in a configured build directory), included by packaging/cpack.cmake when
# APPLE. Not built on the Linux machine this was written on: see packaging/README.md.
#
# app/CMakeLists.txt makes jobdesk a MACOSX_BUNDLE and installs it with BUNDLE DESTINATION . , so the
# bundle lands at the top of the disk image, next to the link to /Applications that CPack adds.

set(_jobdesk_mac "${CMAKE_CURRENT_LIST_DIR}")

# The bundle's icon: an .icns made with iconutil from the PNGs the Linux icon is rendered to
# (resources/icons). iconutil wants the sizes under their iconset names; 512 px is left out.
set(_jobdesk_iconset "${PROJECT_BINARY_DIR}/packaging/jobdesk.iconset")
set(_jobdesk_icns "${PROJECT_BINARY_DIR}/packaging/jobdesk.icns")
set(_jobdesk_icon_dir "${PROJECT_SOURCE_DIR}/resources/icons")
file(MAKE_DIRECTORY "${_jobdesk_iconset}")
foreach(_pair "16;icon_16x16" "32;icon_16x16@2x" "32;icon_32x32" "64;icon_32x32@2x"
              "128;icon_128x128" "256;icon_128x128@2x" "256;icon_256x256")
    list(GET _pair 0 _size)
    list(GET _pair 1 _name)
    configure_file("${_jobdesk_icon_dir}/jobdesk-${_size}.png" "${_jobdesk_iconset}/${_name}.png" COPYONLY)
endforeach()
find_program(JOBDESK_ICONUTIL iconutil)
if(JOBDESK_ICONUTIL)
    execute_process(COMMAND "${JOBDESK_ICONUTIL}" -c icns -o "${_jobdesk_icns}" "${_jobdesk_iconset}"
        RESULT_VARIABLE _jobdesk_iconutil_result)
endif()
if(EXISTS "${_jobdesk_icns}")
    set_source_files_properties("${_jobdesk_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(jobdesk PRIVATE "${_jobdesk_icns}")
    set(_jobdesk_icon_file jobdesk.icns)
else()
    message(WARNING "iconutil made no jobdesk.icns: the bundle has no icon")
    set(_jobdesk_icon_file "")
endif()

# Info.plist from packaging/macos/Info.plist.in: bundle id JOBDESK_APP_ID (the Linux app id), version
# from project(VERSION), display name Jobdesk.
set_target_properties(jobdesk PROPERTIES
    OUTPUT_NAME Jobdesk
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST "${_jobdesk_mac}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${JOBDESK_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "Jobdesk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "${_jobdesk_icon_file}"
    MACOSX_BUNDLE_COPYRIGHT "The Jobdesk project"
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${JOBDESK_APP_ID}")

# The notice (Jobdesk's licence, the skills dictionary's attributions) inside the bundle; before the
# deploy script, so that nothing changes the bundle after macdeployqt has (re)signed its binaries.
install(FILES "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt" DESTINATION Jobdesk.app/Contents/Resources)

# Qt's deploy script runs macdeployqt on the installed bundle: Qt's frameworks, the cocoa platform
# plugin, styles, image formats, the SQL drivers (QSQLITE) and every other non-system library the
# executable links (KF6SyntaxHighlighting) go into Jobdesk.app/Contents/{Frameworks,PlugIns}.
qt_generate_deploy_app_script(
    TARGET jobdesk
    OUTPUT_SCRIPT _jobdesk_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${_jobdesk_deploy_script}")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "jobdesk-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "Jobdesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# No licence agreement before mounting (the notice is in Jobdesk.app/Contents/Resources instead).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
# Signing and notarisation need the project's Developer ID: not done here (packaging/README.md).
