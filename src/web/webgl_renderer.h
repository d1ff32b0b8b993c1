// Draws Dear ImGui's draw data with WebGL 2, for a context the app owns entirely.
//
//   WebGlRenderer renderer;              // after the context is current
//   renderer.uploadFontAtlas();          // after every font atlas build
//   renderer.render(*ImGui::GetDrawData(), framebufferWidth, framebufferHeight);
//
// Why not imgui_impl_opengl3: that backend saves and restores the GL state around every frame
// with about twenty glGet* calls. In a browser each one is a synchronous round trip to the GPU
// process that waits for everything queued before it, so a frame's main-thread time became the
// GPU's drawing time (200 ms a frame on Today under SwiftShader). This renderer never reads GL
// state back: it sets what it needs, every frame. It also uploads all vertices and indices in
// one buffer each per frame and honours ImDrawCmd::VtxOffset.
#pragma once

#include <GLES3/gl3.h>
#include <imgui.h>

#include <vector>

namespace cadence::web {

class WebGlRenderer {
  public:
    // Compiles the shaders and creates the buffers; false when WebGL 2 refuses (then do not render).
    bool init();
    // (Re)creates the font texture from io.Fonts as a one-channel texture and sets its TexID.
    void uploadFontAtlas();
    void render(const ImDrawData& drawData, int framebufferWidth, int framebufferHeight);

  private:
    void setVertexBase(std::size_t vertexIndex);

    GLuint program_ = 0, vertexArray_ = 0, vertexBuffer_ = 0, indexBuffer_ = 0, fontTexture_ = 0;
    GLint projectionLocation_ = -1, textureLocation_ = -1;
    std::vector<ImDrawVert> vertices_; // this frame's vertices of every list, back to back
    std::vector<ImDrawIdx> indices_;
};

} // namespace cadence::web
