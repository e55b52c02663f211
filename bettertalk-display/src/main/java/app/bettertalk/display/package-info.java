/**
 * How values look to BetterTalk's people, shared by the web pages and the emails so both say the same thing:
 * {@link app.bettertalk.display.Rupees} formats and reads money with lakh and crore grouping,
 * {@link app.bettertalk.display.IndiaTime} shows stored UTC instants in India's time. Neither core nor an adapter:
 * it depends on core and the JDK only, and core never sees it.
 */
package app.bettertalk.display;
