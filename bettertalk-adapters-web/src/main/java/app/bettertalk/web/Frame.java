package app.bettertalk.web;

/**
 * What the page layout needs besides the page itself: the title, who is signed in (null when nobody is) and the
 * CSRF token every form echoes.
 */
public record Frame(String title, Viewer viewer, String csrfToken, boolean devLogin) {
    public boolean signedIn() {
        return viewer != null;
    }
}
