# Every Emscripten flag lives here: the app's, and those of the programs run under Node (the core
# tests and benchmarks).

# Bulk memory (every browser since 2021, and Node): copies and fills of unknown size become one
# memory.copy or memory.fill instruction instead of a call into libc's byte loop. In the benchmark
# under Node at 10k leads, opening a store went from 49-54 to 40-41 ms and saving a backup from
# 61-64 to 54-59 ms (two interleaved runs each); the app's wasm came out 56 bytes smaller gzipped.
add_compile_options(-mbulk-memory)
add_link_options(-mbulk-memory)

# Dear ImGui 1.86, compiled from the sources tools/setup.sh unpacks into third_party/imgui.
if(NOT EXISTS ${CADENCE_IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources are missing in ${CADENCE_IMGUI_DIR}: run tools/setup.sh")
endif()
add_library(imgui STATIC
  ${CADENCE_IMGUI_DIR}/imgui.cpp
  ${CADENCE_IMGUI_DIR}/imgui_draw.cpp
  ${CADENCE_IMGUI_DIR}/imgui_tables.cpp
  ${CADENCE_IMGUI_DIR}/imgui_widgets.cpp)
# No ImGui backend: src/web has its own input (browser_input) and renderer (webgl_renderer).
target_include_directories(imgui SYSTEM PUBLIC ${CADENCE_IMGUI_DIR})
target_compile_definitions(imgui PUBLIC
  # Our configuration (32-bit indices, test-engine hooks for the widget locator).
  IMGUI_USER_CONFIG="${CMAKE_SOURCE_DIR}/src/ui/imgui_config.h")
# ImGui is a third of the code but little of the time: compiled for size, it takes KBs off the
# first download (docs/performance.md). The link stays at the build's level, so that our own
# code keeps -O3 inlining; -Os at link slowed the 100k-lead filter twofold.
target_compile_options(imgui PRIVATE -Wno-all -Wno-extra -Os)

# The browser glue (src/web: the shell, IndexedDB and file bridges, the automation calls) runs a
# few times per frame or per user action, never per record: compiled for size too.
set(CADENCE_APP_COMPILE_OPTIONS -Os)

set(CADENCE_APP_LINK_OPTIONS
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sENVIRONMENT=web
  -sALLOW_MEMORY_GROWTH=1
  -sFILESYSTEM=0
  -sEXPORTED_FUNCTIONS=[_main,_malloc,_free]
  -sEXPORTED_RUNTIME_METHODS=[UTF8ToString,stringToUTF8,lengthBytesUTF8]
  # html5.h callbacks address elements by CSS selector ("#canvas"), not by Module.canvas.
  -sDISABLE_DEPRECATED_FIND_EVENT_TARGET_BEHAVIOR=1)

# Programs run under Node (tests, benchmarks). Node 20 has fetch, which Emscripten 3.1.6 would use
# to load the .wasm and fail: compile synchronously instead. NODERAWFS lets tests read fixtures
# from the source tree; EXIT_RUNTIME hands the exit code to CTest. (3.1.6 calls the stack size
# TOTAL_STACK, not STACK_SIZE.)
set(CADENCE_NODE_PROGRAM_LINK_OPTIONS
  -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 -sEXIT_RUNTIME=1 -sNODERAWFS=1
  -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=4194304)
