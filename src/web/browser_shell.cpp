// See browser_shell.h.
#include "web/browser_shell.h"

#include "ui/locator.h"
#include "ui/text_input.h"
#include "web/browser_bridge.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace cadence::web {
namespace {

constexpr const char* kCanvas = "#canvas";
constexpr const char* kLayoutPreference = "layout.ini";
// ImGui settles hover states and window sizes over a frame or two after each change.
constexpr int kSettleFrames = 2;

const char* cssCursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    case ImGuiMouseCursor_None: return "none";
    default: return "default";
    }
}

BrowserShell& shellOf(void* userData) { return *static_cast<BrowserShell*>(userData); }

const char* readClipboard(void* userData) { return shellOf(userData).input().clipboard().c_str(); }

void writeClipboard(void* userData, const char* text) {
    shellOf(userData).input().setClipboard(text);
    cadence_browser_write_clipboard(text);
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void* userData) {
    shellOf(userData).requestFrame();
    return EM_FALSE;
}

bool anyInputHeld(const ImGuiIO& io) {
    for (bool down : io.MouseDown)
        if (down) return true;
    // Held keys repeat, which needs frames; modifiers alone do not.
    for (int key = 0; key < 512; ++key)
        if (io.KeysDown[key] && key != 16 && key != 17 && key != 18 && key != 91 && key != 93) return true;
    return false;
}

// The user's zone as the browser reports it; UTC when the browser does not say or Cadence does
// not know the name.
std::string browserTimeZone() {
    char* name = cadence_browser_time_zone();
    std::string zone = name ? name : "";
    std::free(name);
    return TimeZone::fromName(zone) ? zone : "UTC";
}

} // namespace

BrowserShell::BrowserShell()
    : platform_([this](double milliseconds) { requestFrameAfter(milliseconds); },
                [this](std::function<void()> work) { runInNextFrame(std::move(work)); }),
      document_({[this](std::function<void()> work) { runInNextFrame(std::move(work)); },
                 [this](double milliseconds, std::function<void()> work) { runAfter(milliseconds, std::move(work)); },
                 [this] { requestFrame(); }, [this] { return platform_.now(); }}),
      app_(platform_, document_) {}

bool BrowserShell::start() {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    attributes.antialias = EM_FALSE; // ImGui anti-aliases its own shapes
    // The renderer needs nothing beyond WebGL 2; enabling every extension cost 24 ms at start.
    attributes.enableExtensionsByDefault = EM_FALSE;
    gl_ = emscripten_webgl_create_context(kCanvas, &attributes);
    if (gl_ <= 0) return false;
    emscripten_webgl_make_context_current(gl_);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout goes to browser storage (persistLayoutIfChanged)
    io.ConfigInputTextCursorBlink = false; // a blinking caret would keep an idle app drawing
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.GetClipboardTextFn = readClipboard;
    io.SetClipboardTextFn = writeClipboard;
    io.ClipboardUserData = this;
    if (auto layout = platform_.loadPreference(kLayoutPreference)) {
        layoutIni_ = *layout;
        ImGui::LoadIniSettingsFromMemory(layoutIni_.data(), layoutIni_.size());
    }
    ui::applyLightTheme(ImGui::GetStyle());
    input_.configure(io);
    input_.install(kCanvas, [this] { requestFrame(); });
    input_.setTextObserver([this](const std::string& text) { usedCharacters_.add(text); });
    if (!renderer_.init()) return false;
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_FALSE, onResize);
    cadence_browser_init();
    document_.start(browserTimeZone());

    drawFrame(emscripten_get_now());
    cadence_browser_ready(CADENCE_VERSION);
    return true;
}

void BrowserShell::requestFrame() {
    settleFrames_ = kSettleFrames;
    if (framePending_) return;
    framePending_ = true;
    emscripten_request_animation_frame(onAnimationFrame, this);
}

void BrowserShell::runInNextFrame(std::function<void()> work) {
    runQueue_.push_back(std::move(work));
    requestFrame();
}

void BrowserShell::runAfter(double milliseconds, std::function<void()> work) {
    auto* pending = new std::function<void()>(std::move(work));
    emscripten_set_timeout(
        [](void* userData) {
            std::unique_ptr<std::function<void()>> run(static_cast<std::function<void()>*>(userData));
            (*run)();
        },
        milliseconds, pending);
}

void BrowserShell::requestFrameAfter(double milliseconds) {
    const double due = emscripten_get_now() + milliseconds;
    // Keep only the earliest timer: a later one is re-requested by the frame it would wake.
    if (timerId_ != 0 && timerDueMs_ <= due) return;
    if (timerId_ != 0) emscripten_clear_timeout(timerId_);
    timerDueMs_ = due;
    timerId_ = emscripten_set_timeout(onTimer, milliseconds, this);
}

void BrowserShell::onTimer(void* userData) {
    BrowserShell& shell = shellOf(userData);
    shell.timerId_ = 0;
    shell.requestFrame();
}

EM_BOOL BrowserShell::onAnimationFrame(double time, void* userData) {
    BrowserShell& shell = shellOf(userData);
    shell.framePending_ = false;
    shell.drawFrame(time);
    return EM_FALSE; // the next frame is requested only when something needs it
}

const char* BrowserShell::keepForJavaScript(std::string text) {
    forJavaScript_ = std::move(text);
    return forJavaScript_.c_str();
}

void BrowserShell::drawFrame(double timeMs) {
    ImGuiIO& io = ImGui::GetIO();
    // Work queued by browser callbacks runs here, between frames, never inside one.
    std::vector<std::function<void()>> queued;
    queued.swap(runQueue_);
    for (auto& work : queued) work();
    syncCanvasSize();
    const bool moreInput = input_.applyTo(io);
    updateFonts(); // after the input, whose typed characters may need glyphs
    io.DeltaTime = lastFrameMs_ > 0.0 ? static_cast<float>(std::max(timeMs - lastFrameMs_, 0.1) / 1000.0) : 1.0f / 60.0f;
    lastFrameMs_ = timeMs;

    const double frameStartMs = emscripten_get_now();
    ui::locator::publishPreviousFrame();
    ImGui::NewFrame();
    app_.draw();
    ImGui::Render();

    glViewport(0, 0, framebufferWidth_, framebufferHeight_);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer_.render(*ImGui::GetDrawData(), framebufferWidth_, framebufferHeight_);
    const double frameEndMs = emscripten_get_now();
    frameTimer_.add(frameEndMs - frameStartMs);
    ++frameCount_;
    document_.frameDrawn(frameEndMs);

    syncTextInput();
    syncCursor();
    persistLayoutIfChanged();

    const bool settling = settleFrames_-- > 0;
    if (moreInput || settling || anyInputHeld(io)) {
        const int keep = settleFrames_;
        requestFrame();
        settleFrames_ = moreInput ? kSettleFrames : keep;
    }
}

void BrowserShell::syncCanvasSize() {
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size(kCanvas, &cssWidth, &cssHeight);
    const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int width = std::max(1, static_cast<int>(std::lround(cssWidth * ratio)));
    const int height = std::max(1, static_cast<int>(std::lround(cssHeight * ratio)));
    if (width != framebufferWidth_ || height != framebufferHeight_) {
        emscripten_set_canvas_element_size(kCanvas, width, height);
        framebufferWidth_ = width;
        framebufferHeight_ = height;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(cssWidth), static_cast<float>(cssHeight));
    io.DisplayFramebufferScale = ImVec2(width / std::max(1.0f, static_cast<float>(cssWidth)),
                                        height / std::max(1.0f, static_cast<float>(cssHeight)));
    pixelRatio_ = ratio;
}

// Between frames: the atlas follows the pixel ratio, the text size, the characters in use (the
// workspace's and those just typed) and the font files fetched for them.
void BrowserShell::updateFonts() {
    usedCharacters_.scan(document_.workspace(), document_.replacements());
    const ui::ExtraFontFiles files = fontLoader_.filesFor(usedCharacters_);
    bool stale = false;
    if (usedCharacters_.generation() != charactersCheckedAt_) {
        charactersCheckedAt_ = usedCharacters_.generation();
        fontLoader_.requestFor(usedCharacters_);
        // Characters whose file is still to come are built when it arrives (the key changes).
        stale = fontAtlas_.lacksDrawable(usedCharacters_, files);
    }
    const FontKey key{pixelRatio_, app_.textScale(), files.interRegular.loaded() && files.interSemiBold.loaded(),
                      files.cjk.loaded()};
    if (!stale && key == fontsBuiltFor_) return;
    fontsBuiltFor_ = key;
    fonts_ = fontAtlas_.build(ImGui::GetIO(), key.pixelRatio, key.textScale, usedCharacters_, files);
    renderer_.uploadFontAtlas();
    app_.setFonts(fonts_);
}

// The invisible <input> that brings up the phone's keyboard follows the active text field.
void BrowserShell::syncTextInput() {
    const ImGuiContext& context = *ImGui::GetCurrentContext();
    const ImGuiIO& io = ImGui::GetIO();
    const float lineHeight = io.FontDefault ? io.FontDefault->FontSize * io.FontGlobalScale : 16.0f;
    input_.syncTextField(context.WantTextInputNextFrame == 1, context.PlatformImePos.x, context.PlatformImePos.y,
                         lineHeight, ui::activeTextKind());
}

void BrowserShell::syncCursor() {
    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor == cursor_) return;
    cursor_ = cursor;
    cadence_browser_set_cursor(cssCursor(cursor));
}

void BrowserShell::persistLayoutIfChanged() {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantSaveIniSettings) return;
    io.WantSaveIniSettings = false;
    size_t size = 0;
    const char* ini = ImGui::SaveIniSettingsToMemory(&size);
    if (layoutIni_.size() == size && layoutIni_.compare(0, size, ini, size) == 0) return;
    layoutIni_.assign(ini, size);
    platform_.savePreference(kLayoutPreference, layoutIni_);
}

} // namespace cadence::web
