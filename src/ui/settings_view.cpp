// See settings_view.h.
#include "ui/settings_view.h"

#include "ui/import_export.h"
#include "ui/install_and_update.h"
#include "ui/reminders.h"
#include "ui/storage_notices.h"

#include "core/validation.h"
#include "icons.h"
#include "ui/format.h"
#include "ui/text_input.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdlib>

namespace cadence::ui {
namespace {

constexpr const char* kThemePreference = "theme";
constexpr const char* kTextScalePreference = "textScale";
const float kTextScales[] = {0.9f, 1.0f, 1.15f, 1.3f};

bool hourField(const char* id, TimeOfDay& time) {
    ImGui::SetNextItemWidth(70);
    int minutes = time.hour * 60 + time.minute;
    char label[8];
    std::snprintf(label, sizeof label, "%02d:%02d", time.hour, time.minute);
    const bool changed =
        ImGui::DragInt(id, &minutes, 5.0f, 0, 23 * 60 + 55, label, ImGuiSliderFlags_AlwaysClamp);
    if (changed) {
        minutes = minutes / 5 * 5;
        time = TimeOfDay{minutes / 60, minutes % 60, 0};
    }
    return changed;
}

void sectionTitle(const Fonts& fonts, const char* title) {
    ImGui::Spacing();
    heading(fonts, title);
}

} // namespace

void SettingsView::loadPreferences(const Platform& platform) {
    if (preferencesLoaded_) return;
    preferencesLoaded_ = true;
    theme_ = platform.loadPreference(kThemePreference) == std::optional<std::string>("dark")
                 ? ThemeKind::Dark
                 : ThemeKind::Light;
    const auto text = platform.loadPreference(kTextScalePreference);
    const float scale = text ? std::strtof(text->c_str(), nullptr) : 1.0f;
    textScale_ = scale >= 0.8f && scale <= 1.5f ? scale : 1.0f;
}

ThemeKind SettingsView::theme(const Platform& platform) {
    loadPreferences(platform);
    return theme_;
}

float SettingsView::textScale(const Platform& platform) {
    loadPreferences(platform);
    return textScale_;
}

void SettingsView::draw(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    if (!loaded_ || !(ws.settings() == loadedFrom_)) {
        if (!loaded_ || draft_ == loadedFrom_) draft_ = ws.settings();
        loadedFrom_ = ws.settings();
        loaded_ = true;
    }
    if (!context.narrow) heading(context.fonts, "Settings");
    const float width = std::min(ImGui::GetContentRegionAvail().x, 640.0f);
    ImGui::BeginChild("settings", ImVec2(0, 0), false);

    sectionTitle(context.fonts, ICON_USER "  You");
    mutedText("Your name (fills {agent_name})");
    ImGui::SetNextItemWidth(width);
    inputTextWithHint("##Your name", "Sam Carter", draft_.userName);
    mutedText("Signature (fills {signature})");
    inputTextMultiline("##Signature", draft_.signature, ImVec2(width, 70));

    sectionTitle(context.fonts, ICON_CLOCK "  Time");
    mutedText("Time zone (every due time is computed in it)");
    ImGui::SetNextItemWidth(width);
    inputTextWithHint("##Time zone", "Europe/Paris", draft_.timeZoneName);
    const std::optional<TimeZone> zone = TimeZone::fromName(draft_.timeZoneName);
    const bool zoneOk = zone.has_value();
    if (!zoneOk) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::danger);
        ImGui::TextWrapped("Unknown time zone: use a name such as America/New_York or Europe/Paris.");
        ImGui::PopStyleColor();
    } else {
        mutedText(("Now " + formatClock(*zone, context.now) + " there").c_str());
    }
    mutedText("Working days (business-day plans skip the others)");
    for (int day = 1; day <= 7; ++day) {
        const int index = day % 7;                                       // Monday first
        if (day > 1 && !(context.narrow && day == 5)) ImGui::SameLine(); // phones: two rows
        bool on = draft_.workingDays[static_cast<std::size_t>(index)];
        if (ImGui::Checkbox(weekdayName(static_cast<Weekday>(index)), &on))
            draft_.workingDays[static_cast<std::size_t>(index)] = on;
    }
    ImGui::Checkbox("Quiet hours: no calls or texts from", &draft_.quietHours.enabled);
    if (!context.narrow) ImGui::SameLine();
    ImGui::BeginDisabled(!draft_.quietHours.enabled);
    hourField("##quiet from", draft_.quietHours.start);
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    hourField("##quiet to", draft_.quietHours.end);
    ImGui::EndDisabled();
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("Birthdays, holidays and other yearly touches are due at");
    if (!context.narrow) ImGui::SameLine();
    hourField("##default time", draft_.defaultTouchTime);

    const bool dirty = !(draft_ == loadedFrom_);
    Status valid = zoneOk ? validateSettings(draft_, ws) : Status(Error{"timeZoneName", "unknown time zone"});
    ImGui::Spacing();
    ImGui::BeginDisabled(!dirty || !valid);
    if (primaryButton(ICON_CHECK "  Save settings")) {
        if (auto r = context.editor.apply(EditSettings{draft_, context.now})) {
            loadedFrom_ = draft_;
            context.navigator.notify("Settings saved", 1);
        } else {
            context.navigator.notify("Not saved: " + r.error().describe());
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button("Discard##settings")) draft_ = loadedFrom_;
    ImGui::EndDisabled();
    if (dirty && valid) {
        ImGui::SameLine();
        mutedText("Unsaved changes");
    }

    sectionTitle(context.fonts, ICON_ADJUST "  Look (this device)");
    loadPreferences(context.platform);
    int theme = theme_ == ThemeKind::Dark ? 1 : 0;
    const char* themes[] = {ICON_SUN "  Light", ICON_MOON "  Dark"};
    if (segmented("theme", themes, 2, &theme, 110.0f)) {
        theme_ = theme == 1 ? ThemeKind::Dark : ThemeKind::Light;
        context.platform.savePreference(kThemePreference, theme == 1 ? "dark" : "light");
    }
    mutedText("Text size");
    int size = 1;
    for (int i = 0; i < 4; ++i)
        if (std::abs(kTextScales[i] - textScale_) < 0.01f) size = i;
    const char* sizes[] = {"Small", "Default", "Large", "Larger"};
    const float sizeWidth = std::min(90.0f, (ImGui::GetContentRegionAvail().x - 12.0f) / 4.0f);
    if (segmented("text size", sizes, 4, &size, sizeWidth)) {
        char text[16];
        std::snprintf(text, sizeof text, "%.2f", kTextScales[size]);
        textScale_ = kTextScales[size];
        context.platform.savePreference(kTextScalePreference, text);
    }

    sectionTitle(context.fonts, ICON_BELL "  Reminders (this device)");
    drawReminderSettings(context);

    sectionTitle(context.fonts, ICON_DATABASE "  Storage & backups");
    drawStorageSettings(context.document);

    sectionTitle(context.fonts, ICON_UPLOAD "  Backups & import");
    context.importExport.drawSettingsSection(context);

    sectionTitle(context.fonts, ICON_DOWNLOAD "  Install");
    drawInstallSettings(context.platform);
    ImGui::Dummy(ImVec2(0, context.narrow ? 60.0f : 16.0f));
    ImGui::EndChild();
}

} // namespace cadence::ui
