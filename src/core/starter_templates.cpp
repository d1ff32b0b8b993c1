// The starter messages; see starter_templates.h.
#include "core/starter_templates.h"

#include <array>

namespace cadence {
namespace {

MessageTemplate make(const char* name, Channel channel, const char* subject, const char* body) {
    MessageTemplate tpl;
    tpl.name = name;
    tpl.channel = channel;
    tpl.subject = subject;
    tpl.body = body;
    return tpl;
}

const std::array<MessageTemplate, kChannelCount - 1>& all() {
    static const std::array<MessageTemplate, kChannelCount - 1> kStarters = {
        make("Starter — call", Channel::Call, "",
             "Hi {first_name}, this is {agent_name}. You reached out recently and I wanted to make sure you "
             "got what you needed. Is now a good moment for two minutes?"),
        make("Starter — text", Channel::Text, "",
             "Hi {first_name}, it's {agent_name}. Thanks for getting in touch! When is a good time for a "
             "quick call?"),
        make("Starter — email", Channel::Email, "Following up, {first_name}",
             "Hi {first_name},\n\nThank you for reaching out. I'd love to help: when would suit you for a "
             "short call this week?\n\n{signature}"),
        make("Starter — video text", Channel::VideoText, "",
             "Hi {first_name}, {agent_name} here: I recorded a short video for you. Have a look when you "
             "have a minute!"),
        make("Starter — mail", Channel::Mail, "",
             "Dear {first_name},\n\nJust a note to say I'm thinking of you and here whenever you need "
             "me.\n\n{signature}"),
        make("Starter — handwritten note", Channel::HandwrittenNote, "",
             "Dear {first_name}, wishing you all the best. Warmly, {agent_name}"),
        make("Starter — event", Channel::Event, "",
             "Hi {first_name}, you're invited! I'd love to see you there. {agent_name}"),
        make("Starter — in person", Channel::InPerson, "",
             "Meet {first_name} in person: ask how things are going and what would help next."),
        make("Starter — task", Channel::Task, "",
             "Follow up with {full_name}: check their file and plan the next step."),
    };
    return kStarters;
}

} // namespace

const MessageTemplate& starterTemplate(Channel channel) {
    const auto index = static_cast<std::size_t>(channel == Channel::Preferred ? Channel::Call : channel);
    return all()[index];
}

std::vector<MessageTemplate> starterTemplates() {
    return {all().begin(), all().end()};
}

} // namespace cadence
