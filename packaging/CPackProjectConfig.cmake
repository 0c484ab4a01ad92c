# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE). Debian packages take their
# synopsis from the first line of each component's description, not from the project summary
# (which CPackDeb would otherwise put in front of it).
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
