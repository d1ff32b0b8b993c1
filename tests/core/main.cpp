// The doctest runner shared by the native and wasm builds of the core suite.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
