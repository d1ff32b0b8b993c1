// Dear ImGui compile-time configuration for Cadence (included by imgui.h via IMGUI_USER_CONFIG).
#pragma once

// WebGL2 draws 32-bit indices; the ES backends cannot honour VtxOffset, so 16-bit indices would
// cap a window at 65,536 vertices (a long table or dense chart would assert).
#define ImDrawIdx unsigned int

// Item rectangles and labels are published to browser tests through these hooks (src/ui/locator.cpp).
#define IMGUI_ENABLE_TEST_ENGINE

// Settings go to browser storage through the platform, never to files (there is no filesystem).
#define IMGUI_DISABLE_FILE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
