// The browser host of the app: WebGL2 context, Dear ImGui context, canvas size and pixel ratio,
// fonts, input and the frame loop.
//
// Frames are drawn on demand, not continuously: an input event, a resize or a timer requested by a
// view schedules one animation frame (plus a couple more for ImGui to settle hover and layout).
// With no input and no timer due the app draws nothing, which saves a phone's battery.
#pragma once

#include "ui/app.h"
#include "ui/font_atlas.h"
#include "ui/theme.h"
#include "ui/used_characters.h"
#include "web/automation.h"
#include "web/browser_document.h"
#include "web/browser_input.h"
#include "web/font_loader.h"
#include "web/frame_timer.h"
#include "web/web_platform.h"
#include "web/webgl_renderer.h"

#include <emscripten/html5.h>

#include <functional>
#include <string>
#include <vector>

namespace cadence::web {

class BrowserShell {
public:
    BrowserShell();
    // Creates the GL and ImGui contexts and draws the first frame. False when WebGL2 is missing.
    bool start();

    void requestFrame();
    // Runs `work` at the start of the next frame: how browser callbacks change the data.
    void runInNextFrame(std::function<void()> work);
    // Runs `work` from a timer after `milliseconds`, frame or not (timers run in hidden tabs).
    void runAfter(double milliseconds, std::function<void()> work);
    void requestFrameAfter(double milliseconds);

    unsigned frameCount() const { return frameCount_; }
    FrameTimer& frameTimer() { return frameTimer_; }
    ui::App& app() { return app_; }
    BrowserDocument& document() { return document_; }
    WebPlatform& platform() { return platform_; }
    BrowserInput& input() { return input_; }
    Automation& automation() { return automation_; }
    const ui::UsedCharacters& usedCharacters() const { return usedCharacters_; }
    const FontLoader& fontLoader() const { return fontLoader_; }
    const ui::Fonts& fonts() const { return fonts_; }
    const ui::FontAtlas& fontAtlas() const { return fontAtlas_; }
    // A buffer for strings handed to JavaScript, valid until the next call.
    const char* keepForJavaScript(std::string text);

private:
    static EM_BOOL onAnimationFrame(double time, void* userData);
    static void onTimer(void* userData);
    void drawFrame(double timeMs);
    void syncCanvasSize();
    void updateFonts();
    void syncCursor();
    void syncTextInput();
    void persistLayoutIfChanged();

    WebPlatform platform_;
    BrowserInput input_;
    BrowserDocument document_;
    ui::App app_;
    ui::Fonts fonts_;
    ui::UsedCharacters usedCharacters_;
    FontLoader fontLoader_{[this] { requestFrame(); }};
    ui::FontAtlas fontAtlas_;
    // What the atlas was built for; a difference rebuilds it.
    struct FontKey {
        float pixelRatio = 0.0f, textScale = 0.0f;
        bool interLoaded = false, cjkLoaded = false;
        friend bool operator==(const FontKey&, const FontKey&) = default;
    } fontsBuiltFor_;
    std::uint64_t charactersCheckedAt_ = ~0ull; // UsedCharacters::generation last compared
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_ = 0;
    WebGlRenderer renderer_;
    float pixelRatio_ = 0.0f;
    int framebufferWidth_ = 0, framebufferHeight_ = 0;
    bool framePending_ = false;
    int settleFrames_ = 0;
    double lastFrameMs_ = 0.0;
    long timerId_ = 0;
    double timerDueMs_ = 0.0;
    unsigned frameCount_ = 0;
    FrameTimer frameTimer_;
    int cursor_ = -1;
    Automation automation_{[this](std::function<void()> work) { runInNextFrame(std::move(work)); }};
    std::vector<std::function<void()>> runQueue_;
    std::string layoutIni_;
    std::string forJavaScript_;
};

} // namespace cadence::web
