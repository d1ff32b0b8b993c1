// Dear ImGui compile-time configuration for Cadence (included by imgui.h via IMGUI_USER_CONFIG).
#pragma once

// WebGL2 draws 32-bit indices, so one draw list may hold any number of vertices (the renderer in
// src/web/webgl_renderer.cpp honours VtxOffset too, so 16-bit indices would also work).
#define ImDrawIdx unsigned int

// Item rectangles and labels are published to browser tests through these hooks (src/ui/locator.cpp).
#define IMGUI_ENABLE_TEST_ENGINE

// Settings go to browser storage through the platform, never to files (there is no filesystem).
#define IMGUI_DISABLE_FILE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
