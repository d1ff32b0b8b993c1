// Declarations of the JavaScript functions in js/cadence_platform.js, callable from C++.
#pragma once

#include <cstddef>

extern "C" {
void cadence_browser_init();
void cadence_browser_write_clipboard(const char* text);
int cadence_browser_is_mac();
double cadence_browser_now_ms();
// A malloc'd IANA zone name ("" when unknown); the caller frees it.
char* cadence_browser_time_zone();
// Returns a malloc'd UTF-8 string the caller frees, or nullptr when the key is absent.
char* cadence_browser_load_preference(const char* key);
void cadence_browser_save_preference(const char* key, const char* value);
void cadence_browser_open_link(const char* url);
void cadence_browser_set_cursor(const char* cssCursor);
// Offers `size` bytes as a file download named `name`.
void cadence_browser_download(const char* name, const unsigned char* data, std::size_t size, const char* mimeType);
void cadence_browser_ready(const char* version);

// js/cadence_notifications.js. Permission: 0 unsupported, 1 not asked, 2 granted, 3 denied.
int cadence_notification_permission();
void cadence_request_notification_permission();
void cadence_show_notification(const char* title, const char* body, unsigned lead);
// The lead of the oldest notification clicked and not yet taken, or 0.
unsigned cadence_take_notification_click();
}
