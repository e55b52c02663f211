package app.bettertalk.web;

/**
 * What the page layout needs besides the page itself: the title, who is signed in (null when nobody is), the CSRF
 * token every form echoes, and where its "Sign in" link goes for someone signed out (back to this page afterwards).
 */
public record Frame(String title, Viewer viewer, String csrfToken, boolean devLogin, String signInUrl) {
    public boolean signedIn() {
        return viewer != null;
    }
}
