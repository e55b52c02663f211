/**
 * The mentor directory in the browser and the API, registered by
 * {@link app.bettertalk.web.directory.DirectoryRoutes}: the search lives in the URL (a GET form that works without
 * JavaScript, so a result can be shared), is read into the core's {@code FindMentors.Query} and rendered; which
 * mentors are listed, in which order, and what an empty result suggests are the core's answers.
 */
package app.bettertalk.web.directory;
