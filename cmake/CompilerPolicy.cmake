# One policy for native and wasm alike.
# Exceptions are off: user input is reported through return values (see src/core/result.h), and
# wasm without exceptions is smaller and faster. nlohmann/json is used in its no-throw mode, so
# every lookup in core code checks types first instead of relying on `.at()` throwing.
# RTTI is off too: nothing uses dynamic_cast or typeid, and the type names it would keep for
# every polymorphic class (std::function's wrappers among them) were 5 KB of the gzipped download.
add_compile_options(-fno-exceptions -fno-rtti -Wall -Wextra -Wno-unused-parameter)
add_compile_definitions(JSON_NOEXCEPTION)
