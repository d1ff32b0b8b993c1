// See webgl_renderer.h.
#include "web/webgl_renderer.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace cadence::web {
namespace {

constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
uniform mat4 projection;
out vec2 fragmentUv;
out vec4 fragmentColour;
void main() {
    fragmentUv = uv;
    fragmentColour = colour;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
)";

// The only texture is the font atlas, kept as coverage in the red channel: ImGui's RGBA atlas
// is white with that coverage as alpha, so this draws the same at a quarter of the upload.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 fragmentUv;
in vec4 fragmentColour;
layout(location = 0) out vec4 outColour;
void main() {
    outColour = vec4(fragmentColour.rgb, fragmentColour.a * texture(atlas, fragmentUv).r);
}
)";

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// Asking a shader or program for its status waits for the GPU process, which with SwiftShader is
// still busy with the page's first paint at this point (22 and 20 ms for the two shaders in one
// trace). So only the link is asked, and the shaders only to explain a failed link.
void reportCompileError(GLuint shader, const char* kind) {
    GLint compiled = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &compiled);
    if (compiled == GL_TRUE) return;
    char log[512] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "WebGL %s shader did not compile: %s\n", kind, log);
}

} // namespace

bool WebGlRenderer::init() {
    const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    program_ = glCreateProgram();
    glAttachShader(program_, vertex);
    glAttachShader(program_, fragment);
    glLinkProgram(program_);
    GLint linked = GL_FALSE;
    glGetProgramiv(program_, GL_LINK_STATUS, &linked); // the one wait for the GPU process
    if (linked != GL_TRUE) {
        reportCompileError(vertex, "vertex");
        reportCompileError(fragment, "fragment");
    }
    glDeleteShader(vertex); // the program keeps what it linked
    glDeleteShader(fragment);
    if (linked != GL_TRUE) return false;
    projectionLocation_ = glGetUniformLocation(program_, "projection");
    textureLocation_ = glGetUniformLocation(program_, "atlas");

    glGenVertexArrays(1, &vertexArray_);
    glGenBuffers(1, &vertexBuffer_);
    glGenBuffers(1, &indexBuffer_);
    glBindVertexArray(vertexArray_);
    glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indexBuffer_); // part of the vertex array's state
    for (GLuint attribute = 0; attribute < 3; ++attribute)
        glEnableVertexAttribArray(attribute);
    setVertexBase(0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "cadence_webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    return true;
}

void WebGlRenderer::uploadFontAtlas() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (fontTexture_) glDeleteTextures(1, &fontTexture_);
    glGenTextures(1, &fontTexture_);
    glBindTexture(GL_TEXTURE_2D, fontTexture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(fontTexture_)));
    io.Fonts->ClearTexData(); // the CPU copy is not needed once the GPU has it
}

// Points the attributes at the vertex `vertexIndex` of this frame's buffer, so that a command's
// indices (relative to its list's first vertex plus VtxOffset) address the right vertices.
void WebGlRenderer::setVertexBase(std::size_t vertexIndex) {
    const auto* base = reinterpret_cast<const char*>(vertexIndex * sizeof(ImDrawVert));
    constexpr GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, base + offsetof(ImDrawVert, pos));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, base + offsetof(ImDrawVert, uv));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, base + offsetof(ImDrawVert, col));
}

void WebGlRenderer::render(const ImDrawData& drawData, int framebufferWidth, int framebufferHeight) {
    if (!program_ || framebufferWidth <= 0 || framebufferHeight <= 0 || drawData.TotalVtxCount == 0) return;

    vertices_.clear();
    indices_.clear();
    vertices_.reserve(static_cast<std::size_t>(drawData.TotalVtxCount));
    indices_.reserve(static_cast<std::size_t>(drawData.TotalIdxCount));
    for (int i = 0; i < drawData.CmdListsCount; ++i) {
        const ImDrawList& list = *drawData.CmdLists[i];
        vertices_.insert(vertices_.end(), list.VtxBuffer.begin(), list.VtxBuffer.end());
        indices_.insert(indices_.end(), list.IdxBuffer.begin(), list.IdxBuffer.end());
    }

    glViewport(0, 0, framebufferWidth, framebufferHeight);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);

    const float left = drawData.DisplayPos.x, right = left + drawData.DisplaySize.x;
    const float top = drawData.DisplayPos.y, bottom = top + drawData.DisplaySize.y;
    const float projection[16] = {
        2.0f / (right - left), 0, 0, 0, 0, 2.0f / (top - bottom), 0, 0, 0, 0, -1.0f, 0,
        (right + left) / (left - right), (top + bottom) / (bottom - top), 0, 1.0f,
    };
    glUseProgram(program_);
    glUniform1i(textureLocation_, 0);
    glUniformMatrix4fv(projectionLocation_, 1, GL_FALSE, projection);
    glActiveTexture(GL_TEXTURE0);

    glBindVertexArray(vertexArray_);
    glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices_.size() * sizeof(ImDrawVert)), vertices_.data(),
                 GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices_.size() * sizeof(ImDrawIdx)),
                 indices_.data(), GL_STREAM_DRAW);

    const ImVec2 clipOffset = drawData.DisplayPos;
    const ImVec2 clipScale = drawData.FramebufferScale;
    constexpr GLenum indexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    std::size_t listVertices = 0, listIndices = 0;
    std::size_t boundBase = 0;
    GLuint boundTexture = 0;
    for (int i = 0; i < drawData.CmdListsCount; ++i) {
        const ImDrawList& list = *drawData.CmdLists[i];
        for (const ImDrawCmd& command : list.CmdBuffer) {
            if (command.UserCallback) {
                // ImGui's own "reset render state" marker needs nothing: nothing else draws here.
                if (command.UserCallback != ImDrawCallback_ResetRenderState) command.UserCallback(&list, &command);
                continue;
            }
            const float x0 = (command.ClipRect.x - clipOffset.x) * clipScale.x;
            const float y0 = (command.ClipRect.y - clipOffset.y) * clipScale.y;
            const float x1 = (command.ClipRect.z - clipOffset.x) * clipScale.x;
            const float y1 = (command.ClipRect.w - clipOffset.y) * clipScale.y;
            if (x1 <= x0 || y1 <= y0 || command.ElemCount == 0) continue;
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(framebufferHeight) - y1),
                      static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
            const std::size_t base = listVertices + command.VtxOffset;
            if (base != boundBase) {
                setVertexBase(base);
                boundBase = base;
            }
            const auto texture = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(command.GetTexID()));
            if (texture != boundTexture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                boundTexture = texture;
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount), indexType,
                           reinterpret_cast<const void*>((listIndices + command.IdxOffset) * sizeof(ImDrawIdx)));
        }
        listVertices += static_cast<std::size_t>(list.VtxBuffer.Size);
        listIndices += static_cast<std::size_t>(list.IdxBuffer.Size);
    }
    glDisable(GL_SCISSOR_TEST); // the next frame's clear covers the whole canvas
    if (boundBase != 0) setVertexBase(0);
}

} // namespace cadence::web
