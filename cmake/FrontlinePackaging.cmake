# Installation of what is not a program (icons, desktop files, AppStream metadata, the service,
# its configuration, manual pages) and CPack: one build, three packages. See docs/packaging.md.
#   cmake --build build --target package     -> build/packages/*.deb (Linux), .exe, .dmg
include(GNUInstallDirs)

set(FRONTLINE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(FRONTLINE_PACKAGE_CONTACT "Frontline maintainers <maintainers@frontline.invalid>"
    CACHE STRING "Maintainer of the packages (name <address>)")
set(FRONTLINE_PACKAGE_RELEASE 1 CACHE STRING "Debian revision of the packages (version-N)")

# Components: "server", "client" (agent client) and "tray" (applet); the programs' install()
# rules sit beside their targets.
set(components server client tray)
set(package_server frontline-server)
set(package_client frontline)
set(package_tray frontline-tray)

# Icons: the SVGs, and hicolor PNGs rendered from them at build time when rsvg-convert is there.
find_program(FRONTLINE_RSVG_CONVERT rsvg-convert)
set(icon_outputs)
foreach(icon_component "frontline:client" "frontline-tray:tray")
    string(REPLACE ":" ";" pair ${icon_component})
    list(GET pair 0 icon)
    list(GET pair 1 component)
    set(svg ${PROJECT_SOURCE_DIR}/resources/icons/${icon}.svg)
    install(FILES ${svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            COMPONENT ${component})
    if(FRONTLINE_RSVG_CONVERT)
        foreach(size 16 22 24 32 48 64 128 256 512)
            set(png ${PROJECT_BINARY_DIR}/icons/${size}x${size}/${icon}.png)
            add_custom_command(OUTPUT ${png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/${size}x${size}
                COMMAND ${FRONTLINE_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${svg}
                DEPENDS ${svg} VERBATIM)
            list(APPEND icon_outputs ${png})
            install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                    COMPONENT ${component})
        endforeach()
    endif()
endforeach()
if(FRONTLINE_RSVG_CONVERT)
    add_custom_target(frontline_icons ALL DEPENDS ${icon_outputs})
else()
    message(STATUS "rsvg-convert not found: only the scalable icons are installed "
                   "(Debian: apt install librsvg2-bin)")
endif()

if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # Hardened executables, as Debian builds them. -pie: Debian's libetpan.pc links dpkg's
    # no-pie-link.specs into whatever uses it (the server, through server/mail), which would
    # make the server the one non-PIE program; relro and bind-now for the three.
    target_link_options(frontline-server PRIVATE -pie)
    target_link_options(frontline-admin PRIVATE -pie)
    foreach(program frontline-server frontline-admin frontline frontline-tray)
        target_link_options(${program} PRIVATE -Wl,-z,relro -Wl,-z,now)
    endforeach()
endif()

if(UNIX AND NOT APPLE)
    # Menu entries, AppStream metadata, the applet's session autostart.
    install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/frontline.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT client)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/frontline-tray.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT tray)
    # Absolute: the XDG autostart folder and the service's files live outside any prefix.
    install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/frontline-tray.desktop
            DESTINATION /etc/xdg/autostart COMPONENT tray)
    foreach(metainfo_component "org.frontline.Frontline:client" "org.frontline.FrontlineTray:tray")
        string(REPLACE ":" ";" pair ${metainfo_component})
        list(GET pair 0 id)
        list(GET pair 1 component)
        configure_file(${PROJECT_SOURCE_DIR}/resources/linux/${id}.metainfo.xml
                       ${PROJECT_BINARY_DIR}/metainfo/${id}.metainfo.xml @ONLY)
        install(FILES ${PROJECT_BINARY_DIR}/metainfo/${id}.metainfo.xml
                DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT ${component})
    endforeach()

    # The service: its unit, its configuration (a conffile), and the packaging notes.
    install(FILES ${FRONTLINE_PACKAGING_DIR}/systemd/frontline-server.service
            DESTINATION /lib/systemd/system COMPONENT server)
    # The nightly backup (frontline-admin backup), off until `systemctl enable --now
    # frontline-backup.timer` (docs/operations.md).
    install(FILES ${FRONTLINE_PACKAGING_DIR}/systemd/frontline-backup.service
                  ${FRONTLINE_PACKAGING_DIR}/systemd/frontline-backup.timer
            DESTINATION /lib/systemd/system COMPONENT server)
    install(FILES ${FRONTLINE_PACKAGING_DIR}/server.conf DESTINATION /etc/frontline
            COMPONENT server)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/packaging.md ${PROJECT_SOURCE_DIR}/docs/operations.md
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/frontline-server COMPONENT server)

    # Per package: its manual page, copyright and changelog, compressed as Debian wants them.
    if(DEFINED ENV{SOURCE_DATE_EPOCH})
        set(changelog_date_epoch $ENV{SOURCE_DATE_EPOCH})
    else()
        string(TIMESTAMP changelog_date_epoch "%s" UTC)
    endif()
    execute_process(COMMAND date -u -R -d @${changelog_date_epoch}
                    OUTPUT_VARIABLE changelog_date OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(doc_outputs)
    foreach(component IN LISTS components)
        set(package ${package_${component}})
        # Tags that do not apply to packages built outside the Debian archive (docs/packaging.md).
        install(FILES ${FRONTLINE_PACKAGING_DIR}/debian/lintian-overrides
                DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${package}
                COMPONENT ${component})
        set(PACKAGE ${package})
        set(VERSION ${PROJECT_VERSION}-${FRONTLINE_PACKAGE_RELEASE})
        set(CONTACT ${FRONTLINE_PACKAGE_CONTACT})
        set(DATE ${changelog_date})
        configure_file(${FRONTLINE_PACKAGING_DIR}/debian/changelog.in
                       ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian @ONLY)
        set(outputs ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian.gz
                    ${PROJECT_BINARY_DIR}/packaging/${package}/${package}.1.gz)
        add_custom_command(OUTPUT ${outputs}
            COMMAND gzip -9nc ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian
                    > ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian.gz
            COMMAND gzip -9nc ${FRONTLINE_PACKAGING_DIR}/man/${package}.1
                    > ${PROJECT_BINARY_DIR}/packaging/${package}/${package}.1.gz
            DEPENDS ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian
                    ${FRONTLINE_PACKAGING_DIR}/man/${package}.1)
        list(APPEND doc_outputs ${outputs})
        install(FILES ${PROJECT_BINARY_DIR}/packaging/${package}/${package}.1.gz
                DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
        install(FILES ${FRONTLINE_PACKAGING_DIR}/debian/copyright
                      ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian.gz
                DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
    endforeach()
    # frontline-admin ships in the server's package with its own manual page.
    set(admin_man ${PROJECT_BINARY_DIR}/packaging/frontline-server/frontline-admin.1.gz)
    add_custom_command(OUTPUT ${admin_man}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging/frontline-server
        COMMAND gzip -9nc ${FRONTLINE_PACKAGING_DIR}/man/frontline-admin.1 > ${admin_man}
        DEPENDS ${FRONTLINE_PACKAGING_DIR}/man/frontline-admin.1)
    list(APPEND doc_outputs ${admin_man})
    install(FILES ${admin_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
    add_custom_target(frontline_package_docs ALL DEPENDS ${doc_outputs})
endif()

# ---- CPack ---------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME frontline)
set(CPACK_PACKAGE_VENDOR "Frontline")
set(CPACK_PACKAGE_CONTACT "${FRONTLINE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Frontline")
# The licence (LICENSE: proprietary, all rights reserved) as the installers show it (NSIS,
# DragNDrop); the Debian packages carry the same terms in their copyright file.
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_COMPONENTS_ALL ${components})
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Server")
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Agent client")
set(CPACK_COMPONENT_TRAY_DISPLAY_NAME "Tray applet")
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE ${FRONTLINE_PACKAGING_DIR}/CPackProjectConfig.cmake)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    # The /etc and /lib/systemd files are installed by absolute path: into the package's root.
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE ${FRONTLINE_PACKAGE_RELEASE})
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Descriptions: the first line is the synopsis; CPack indents the rest, a blank line
    # becomes " .".
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME ${package_server})
    set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME ${package_client})
    set(CPACK_DEBIAN_TRAY_PACKAGE_NAME ${package_tray})
    # Qt loads its SQL drivers and TLS backend as plugins, which dpkg-shlibdeps cannot see
    # (SQLite is linked directly: libsqlite3-0 comes from dpkg-shlibdeps; PostgreSQL goes through
    # Qt's QPSQL plugin). procps: /bin/kill, the unit's ExecReload (systemd-analyze verify in
    # the packaging test).
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, procps")
    set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
    set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, postgresql-client")
    set(CPACK_DEBIAN_SERVER_DESCRIPTION "help desk server: tickets, ITIL workflow and SLAs over JSON-RPC
The headless server of the Frontline help desk: tickets, ITIL workflow
(lifecycles, priorities, SLAs, escalation, routing and automation rules), the
knowledge base and KPI reports, served to the agent client, the tray applet
and scripts over JSON-RPC 2.0.

This package runs it as the systemd service frontline-server, as the system
user frontline, on an embedded SQLite database in /var/lib/frontline (or
PostgreSQL), configured in /etc/frontline/server.conf.")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
        ${FRONTLINE_PACKAGING_DIR}/debian/server/postinst
        ${FRONTLINE_PACKAGING_DIR}/debian/server/prerm
        ${FRONTLINE_PACKAGING_DIR}/debian/server/postrm
        ${FRONTLINE_PACKAGING_DIR}/debian/server/conffiles)

    # Qt finds its windowing-system plugins at run time; the keychain needs a Secret Service.
    set(gui_recommends "qt6-qpa-plugins, qt6-wayland, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "${gui_recommends}")
    set(CPACK_DEBIAN_CLIENT_PACKAGE_SUGGESTS "frontline-server")
    set(CPACK_DEBIAN_CLIENT_DESCRIPTION "help desk client for agents and managers
The desktop client of the Frontline help desk: queues and saved views that
update live, tickets with their conversation and internal notes,
keyboard-driven triage and bulk actions, the knowledge base, problems and
changes, administration and KPI dashboards.")
    set(CPACK_DEBIAN_TRAY_PACKAGE_RECOMMENDS "${gui_recommends}")
    set(CPACK_DEBIAN_TRAY_DESCRIPTION "help desk applet for end users, in the system tray
A system tray applet of the Frontline help desk: report a problem (with
system information and an optional screenshot), follow one's tickets, chat
with the agent, rate the result, search the knowledge base and read
announcements. It starts with every desktop session.")
    set(CPACK_DEBIAN_TRAY_PACKAGE_CONTROL_EXTRA ${FRONTLINE_PACKAGING_DIR}/debian/tray/conffiles)
elseif(WIN32)
    # Windows: one NSIS installer with the three programs as components (built on Windows with
    # NSIS installed; not built or tried here, see docs/packaging.md).
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "Frontline")
    set(CPACK_NSIS_PACKAGE_NAME "Frontline")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\frontline.exe")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/frontline.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/frontline.ico")
    set(CPACK_PACKAGE_EXECUTABLES "frontline;Frontline;frontline-tray;Frontline Help")
    # No machine-wide Run key: the applet's own setting (HKCU Run, client/core/autostart) turns
    # its start at logon on and off, and a user could not turn off an HKLM entry.
    # Qt's DLLs and plugins beside each program, in the installed tree the installer packs.
    if(TARGET Qt6::windeployqt)
        foreach(program_component "frontline-server:server" "frontline:client" "frontline-tray:tray")
            string(REPLACE ":" ";" pair ${program_component})
            list(GET pair 0 program)
            list(GET pair 1 component)
            install(CODE "execute_process(COMMAND \"$<TARGET_FILE:Qt6::windeployqt>\" --no-translations
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${program}>\")"
                COMPONENT ${component})
        endforeach()
    endif()
elseif(APPLE)
    # macOS: a disk image with Frontline.app and Frontline Help.app (not built or tried here,
    # see docs/packaging.md); the server is not shipped for macOS.
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_COMPONENTS_ALL client tray)
    set(CPACK_DMG_VOLUME_NAME "Frontline")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
    set_target_properties(frontline PROPERTIES
        MACOSX_BUNDLE TRUE
        OUTPUT_NAME "Frontline"
        MACOSX_BUNDLE_BUNDLE_NAME "Frontline"
        MACOSX_BUNDLE_GUI_IDENTIFIER "org.frontline.Frontline"
        MACOSX_BUNDLE_ICON_FILE frontline.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    set_target_properties(frontline-tray PROPERTIES
        MACOSX_BUNDLE TRUE
        OUTPUT_NAME "Frontline Help"
        MACOSX_BUNDLE_BUNDLE_NAME "Frontline Help"
        MACOSX_BUNDLE_GUI_IDENTIFIER "org.frontline.FrontlineTray"
        MACOSX_BUNDLE_ICON_FILE frontline-tray.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    # Each bundle's icon, made from the rendered PNGs with iconutil (macOS's own tool).
    if(FRONTLINE_RSVG_CONVERT)
        foreach(icon_target "frontline:frontline" "frontline-tray:frontline-tray")
            string(REPLACE ":" ";" pair ${icon_target})
            list(GET pair 0 icon)
            list(GET pair 1 target)
            set(iconset ${PROJECT_BINARY_DIR}/icons/${icon}.iconset)
            set(icns ${PROJECT_BINARY_DIR}/icons/${icon}.icns)
            set(copies)
            foreach(size 16 32 128 256 512)
                list(APPEND copies COMMAND ${CMAKE_COMMAND} -E copy
                     ${PROJECT_BINARY_DIR}/icons/${size}x${size}/${icon}.png ${iconset}/icon_${size}x${size}.png)
            endforeach()
            add_custom_command(OUTPUT ${icns}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
                ${copies}
                COMMAND iconutil -c icns -o ${icns} ${iconset}
                DEPENDS ${icon_outputs} VERBATIM)
            target_sources(${target} PRIVATE ${icns})
            set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        endforeach()
    endif()
    if(TARGET Qt6::macdeployqt)
        foreach(bundle_component "Frontline:client" "Frontline Help:tray")
            string(REPLACE ":" ";" pair ${bundle_component})
            list(GET pair 0 bundle)
            list(GET pair 1 component)
            install(CODE "execute_process(COMMAND \"$<TARGET_FILE:Qt6::macdeployqt>\"
                \"\${CMAKE_INSTALL_PREFIX}/${bundle}.app\")" COMPONENT ${component})
        endforeach()
    endif()
endif()

include(CPack)
