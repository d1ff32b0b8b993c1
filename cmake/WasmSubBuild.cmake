# Builds the Emscripten half of the project (app + wasm tests) in <build>/wasm as part of the
# native build, so that `cmake --build` builds everything and one CTest run covers all layers.
include(ExternalProject)

find_program(CADENCE_EMCMAKE emcmake REQUIRED)
find_program(CADENCE_NODE node REQUIRED)
set(CADENCE_WASM_DIR ${CMAKE_BINARY_DIR}/wasm)
# Debian's emcc needs Node to find acorn and friends in /usr/share/nodejs.
set(CADENCE_EMSCRIPTEN_ENV ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
# One job per core: a bare --parallel means unlimited jobs with make, which on a two-core machine
# runs a dozen em++ at once and slows everything else down.
cmake_host_system_information(RESULT CADENCE_BUILD_JOBS QUERY NUMBER_OF_LOGICAL_CORES)

ExternalProject_Add(cadence_wasm
  SOURCE_DIR ${CMAKE_SOURCE_DIR}
  BINARY_DIR ${CADENCE_WASM_DIR}
  CONFIGURE_COMMAND ${CADENCE_EMSCRIPTEN_ENV} ${CADENCE_EMCMAKE} ${CMAKE_COMMAND}
    -S ${CMAKE_SOURCE_DIR} -B ${CADENCE_WASM_DIR}
    -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
    # emcmake's default emulator passes a flag Node 20 rejects.
    -DCMAKE_CROSSCOMPILING_EMULATOR=${CADENCE_NODE}
  BUILD_COMMAND ${CADENCE_EMSCRIPTEN_ENV} ${CMAKE_COMMAND} --build ${CADENCE_WASM_DIR} --parallel ${CADENCE_BUILD_JOBS}
  INSTALL_COMMAND ""
  BUILD_ALWAYS ON
  USES_TERMINAL_BUILD ON)

set(CADENCE_WASM_DIST_DIR ${CADENCE_WASM_DIR}/dist)

add_test(NAME core.wasm COMMAND ${CADENCE_NODE} ${CADENCE_WASM_DIR}/tests/core/cadence_core_tests.js --no-version=true)
set_tests_properties(core.wasm PROPERTIES LABELS wasm)
