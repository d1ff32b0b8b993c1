# Header-only libraries from Debian. Under Emscripten /usr/include must never be on the include
# path (it shadows the wasm libc), so a build-tree folder exposes only the two libraries' own
# directories through symlinks; native builds use the same folder for symmetry.
set(CADENCE_THIRD_PARTY_INCLUDE ${CMAKE_BINARY_DIR}/third_party_include)
file(MAKE_DIRECTORY ${CADENCE_THIRD_PARTY_INCLUDE})
foreach(library nlohmann doctest)
  if(NOT EXISTS /usr/include/${library})
    message(FATAL_ERROR "/usr/include/${library} is missing: run tools/setup.sh")
  endif()
  file(CREATE_LINK /usr/include/${library} ${CADENCE_THIRD_PARTY_INCLUDE}/${library} SYMBOLIC)
endforeach()
add_library(cadence_third_party INTERFACE)
target_include_directories(cadence_third_party SYSTEM INTERFACE ${CADENCE_THIRD_PARTY_INCLUDE})

set(CADENCE_IMGUI_DIR ${CMAKE_SOURCE_DIR}/third_party/imgui)
