// See touch_action.h.
#include "ui/touch_action.h"

#include "core/deep_link.h"
#include "core/starter_templates.h"
#include "ui/format.h"

namespace cadence::ui {
namespace {

const PhoneNumber* usablePhone(const Lead& lead) {
    for (const PhoneNumber& phone : lead.phones)
        if (!phone.flaggedBad) return &phone;
    return nullptr;
}

const EmailAddress* usableEmail(const Lead& lead) {
    for (const EmailAddress& email : lead.emails)
        if (!email.flaggedBad) return &email;
    return nullptr;
}

} // namespace

TouchAction touchActionFor(const Workspace& ws, const AgendaItem& item) {
    TouchAction action;
    const Lead* lead = ws.lead(item.leadId);
    if (!lead) return action;
    const MessageTemplate* tpl = item.templateId ? ws.messageTemplate(*item.templateId) : nullptr;
    const RenderedMessage message =
        renderTemplate(tpl ? *tpl : starterTemplate(item.channel), *lead, ws.settings());
    action.subject = message.subject;
    action.body = message.body;
    action.missingFields = message.missingFields;
    action.copyText = message.body;

    switch (item.channel) {
    case Channel::Call:
    case Channel::Text:
    case Channel::VideoText:
        if (const PhoneNumber* phone = usablePhone(*lead)) {
            action.contact = phone->number;
            action.link =
                item.channel == Channel::Call ? telLink(phone->number) : smsLink(phone->number, message.body);
            if (action.link.empty()) action.problem = "This phone number has no digits";
        } else {
            action.problem = lead->phones.empty() ? "No phone number" : "Every phone number is marked wrong";
        }
        action.label = item.channel == Channel::Call   ? "Call"
                       : item.channel == Channel::Text ? "Text"
                                                       : "Send video";
        break;
    case Channel::Email:
        if (const EmailAddress* email = usableEmail(*lead)) {
            action.contact = email->address;
            action.link = mailtoLink(email->address, message.subject, message.body);
        } else {
            action.problem = lead->emails.empty() ? "No email address" : "Every email address bounced";
        }
        action.label = "Email";
        if (!message.subject.empty()) action.copyText = message.subject + "\n\n" + message.body;
        break;
    default:
        action.label = "Copy message";
        break;
    }
    if (!action.problem.empty()) {
        // Reach them another way rather than not at all, and show the message that way sends
        // (not the call script of a call that cannot happen).
        const EmailAddress* email = usableEmail(*lead);
        const PhoneNumber* phone = usablePhone(*lead);
        std::optional<RenderedMessage> other;
        if (usesPhone(item.channel) && email) {
            other = renderTemplate(starterTemplate(Channel::Email), *lead, ws.settings());
            action.fallbackChannel = Channel::Email;
            action.fallbackLink = mailtoLink(email->address, other->subject, other->body);
            action.contact = email->address;
        } else if (item.channel == Channel::Email && phone) {
            other = renderTemplate(starterTemplate(Channel::Text), *lead, ws.settings());
            action.fallbackChannel = Channel::Text;
            action.fallbackLink = smsLink(phone->number, other->body);
            action.contact = phone->number;
        }
        if (other) {
            action.subject = other->subject;
            action.body = other->body;
            action.missingFields = other->missingFields;
            action.copyText = other->subject.empty() ? other->body : other->subject + "\n\n" + other->body;
        }
    }
    return action;
}

std::vector<Outcome> outcomesFor(Channel channel) {
    switch (channel) {
    case Channel::Call:
        return {Outcome::Reached, Outcome::LeftVoicemail, Outcome::NoAnswer, Outcome::WrongNumber};
    case Channel::Text:
    case Channel::VideoText:
        return {Outcome::Sent, Outcome::Replied, Outcome::Reached, Outcome::WrongNumber};
    case Channel::Email:
        return {Outcome::Sent, Outcome::Replied, Outcome::Bounced};
    case Channel::Event:
    case Channel::InPerson:
        return {Outcome::Reached, Outcome::NoAnswer};
    default:
        return {Outcome::Sent, Outcome::Replied};
    }
}

const char* outcomeLabelFor(Channel channel, Outcome outcome) {
    if (outcome == Outcome::Sent && (channel == Channel::Task || channel == Channel::InPerson)) return "Done";
    return outcomeLabel(outcome);
}

} // namespace cadence::ui
