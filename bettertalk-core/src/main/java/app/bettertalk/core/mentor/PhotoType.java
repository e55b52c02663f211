package app.bettertalk.core.mentor;

/** The image formats a mentor's photo is kept and served in. */
public enum PhotoType {
    JPEG("image/jpeg"), PNG("image/png");

    private final String mediaType;

    PhotoType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The {@code Content-Type} it is served with. */
    public String mediaType() {
        return mediaType;
    }
}
