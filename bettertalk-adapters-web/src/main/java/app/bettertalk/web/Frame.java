package app.bettertalk.web;

/**
 * What the page layout needs besides the page itself: the title, who is signed in (null when nobody is), the CSRF
 * token every form echoes, how many chat messages wait unread for the viewer (the navigation's badge, right
 * without JavaScript; the layout's script keeps it current), and where its "Sign in" link goes for someone signed
 * out (back to this page afterwards).
 */
public record Frame(String title, Viewer viewer, String csrfToken, boolean devLogin, int unread, String signInUrl) {
    public boolean signedIn() {
        return viewer != null;
    }
}
