/*
 * Keeps the navigation's unread badge current while any page is open. The page renders the count itself (so it is
 * right without JavaScript); this listens on /ws/unread, which speaks only when the number changes, and asks again
 * when the page comes back into view. It never polls: without a socket the badge keeps the number the page came with.
 */
(function () {
    'use strict';

    var badge = document.getElementById('unread-badge');
    var count = document.getElementById('unread-count');
    if (!badge || !count || !('WebSocket' in window)) {
        return;
    }
    var socket = null;
    var failures = 0;

    function show(total) {
        count.textContent = String(total);
        badge.hidden = !(total > 0);
        badge.setAttribute('data-total', String(total));
    }

    function connect() {
        var ws;
        try {
            ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/unread');
        } catch (e) {
            return;
        }
        ws.onopen = function () {
            failures = 0;
            socket = ws;
            badge.setAttribute('data-live', 'socket');
        };
        ws.onmessage = function (event) {
            try {
                var frame = JSON.parse(event.data);
                if (frame.type === 'unread') {
                    show(frame.total);
                }
            } catch (e) {
                // Not a frame of ours: ignore it.
            }
        };
        ws.onclose = function (event) {
            socket = null;
            badge.removeAttribute('data-live');
            if (event.code === 4401 || event.code === 1008) {
                return;
            }
            failures += 1;
            setTimeout(connect, Math.min(60000, 2000 * Math.pow(2, Math.min(failures, 5))));
        };
    }

    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible' && socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify({type: 'refresh'}));
        }
    });
    connect();
})();
