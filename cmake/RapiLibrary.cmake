# One place that sets what every Rapi target shares: warnings, the ASCII-cast guard
# and the include root. rapi_add_library also gives the library its Rapi:: alias.

function(rapi_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
endfunction()

# rapi_add_library(NAME ALIAS SOURCES ... LINK ...)
function(rapi_add_library name)
  cmake_parse_arguments(ARG "" "ALIAS" "SOURCES;LINK;RESOURCES" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  add_library(Rapi::${ARG_ALIAS} ALIAS ${name})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_LINK})
  rapi_target_defaults(${name})
endfunction()
