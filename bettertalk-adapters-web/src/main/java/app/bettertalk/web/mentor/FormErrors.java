package app.bettertalk.web.mentor;

import app.bettertalk.core.shared.DomainException;

/** A refusal worded for the person at the form: the field's label, then what it accepts. */
final class FormErrors {
    private FormErrors() {
    }

    static String message(DomainException refused) {
        if (refused instanceof DomainException.Validation invalid) {
            return label(invalid.field()) + " " + invalid.rule() + ".";
        }
        return refused.getMessage();
    }

    private static String label(String field) {
        return switch (field) {
            case "publicName" -> "Public name";
            case "photo" -> "Your photo";
            case "headline" -> "Headline";
            case "bio" -> "About you";
            case "expertise" -> "Expertise";
            case "languages" -> "Languages";
            case "experienceYears" -> "Years of experience";
            case "title" -> "Title";
            case "description" -> "Description";
            case "price" -> "Price";
            case "liveSessionMinutes" -> "Live session minutes";
            case "chatWindowDays" -> "Days of chat";
            case "cancellationRule" -> "If the member cancels";
            default -> field;
        };
    }
}
