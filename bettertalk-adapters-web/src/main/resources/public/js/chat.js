/*
 * The chat page's live behaviour: the countdown, the WebSocket (resume from the last message shown, then live
 * messages), sending, and polling the API while the socket cannot connect; data-live on #chat says which is in use
 * (socket, polling or closed). The page works without it: the server renders the messages, the countdown and,
 * after expiry, the banner, and the form posts.
 *
 * countdownText must word the time left exactly as the core's Countdown.text() does; ChatScriptTest runs it under
 * Node against the Java wording, and it is exposed as window.BetterTalkCountdown.text for browser tests.
 */
(function () {
    'use strict';

    var EXPIRED_TEXT = 'Chat expired. Rebook a session to continue.';
    var MINUTE = 60 * 1000;
    var HOUR = 60 * MINUTE;
    var DAY = 24 * HOUR;

    /** Whole days, hours and minutes left, rounded down; the non-zero ones, largest first, singular for 1. */
    function countdownText(remainingMs) {
        if (!(remainingMs > 0)) {
            return EXPIRED_TEXT;
        }
        var parts = [];
        unit(parts, Math.floor(remainingMs / DAY), 'day');
        unit(parts, Math.floor((remainingMs % DAY) / HOUR), 'hour');
        unit(parts, Math.floor((remainingMs % HOUR) / MINUTE), 'minute');
        if (parts.length === 0) {
            return 'Free chat available for less than a minute';
        }
        return 'Free chat available for next ' + parts.join(' ');
    }

    function unit(parts, count, name) {
        if (count > 0) {
            parts.push(count + ' ' + name + (count === 1 ? '' : 's'));
        }
    }

    if (typeof module !== 'undefined' && module.exports) {
        module.exports = {countdownText: countdownText, EXPIRED_TEXT: EXPIRED_TEXT};
    }
    if (typeof window === 'undefined' || typeof document === 'undefined') {
        return;
    }
    window.BetterTalkCountdown = {text: countdownText};

    var root = document.getElementById('chat');
    if (!root) {
        return;
    }
    var POLL_EVERY_MS = 4000;
    var POLL_PAGE = 100;
    var chatId = root.getAttribute('data-chat-id');
    var endsAt = Date.parse(root.getAttribute('data-ends-at'));
    // The server's clock, not this device's, decides: count from the server's "now" plus the time since.
    var skew = Date.parse(root.getAttribute('data-now')) - Date.now();
    var writable = root.getAttribute('data-writable') === 'true';
    var countdown = document.getElementById('countdown');
    var banner = document.getElementById('expired-banner');
    var list = document.getElementById('messages');
    var empty = document.getElementById('no-messages');
    var form = document.getElementById('composer');
    var input = document.getElementById('message-text');
    var button = document.getElementById('send');
    var errorLine = document.getElementById('send-error');
    var statusLine = document.getElementById('live-status');
    var helpBox = document.getElementById('help-first');
    var careGuide = document.getElementById('care-guide');
    var csrf = form.querySelector('input[name="_csrf"]').value;
    var seen = {};
    var lastId = '';
    var pending = {};
    var socket = null;
    var failures = 0;
    var pollTimer = null;
    var checkedEndsAt = null;

    Array.prototype.forEach.call(list.querySelectorAll('li[data-message-id]'), function (item) {
        seen[item.getAttribute('data-message-id')] = true;
        lastId = item.getAttribute('data-message-id');
    });

    function serverNow() {
        return Date.now() + skew;
    }

    function tick() {
        if (!writable) {
            return;
        }
        var left = endsAt - serverNow();
        if (left <= 0) {
            expire();
            recheck();
            return;
        }
        var text = countdownText(left);
        if (countdown.textContent !== text) {
            countdown.textContent = text;
        }
    }

    function expire() {
        writable = false;
        input.disabled = true;
        button.disabled = true;
        countdown.textContent = EXPIRED_TEXT;
        countdown.hidden = true;
        banner.hidden = false;
    }

    function reopen(summary) {
        endsAt = Date.parse(summary.endsAt);
        skew = Date.parse(summary.now) - Date.now();
        writable = true;
        input.disabled = false;
        button.disabled = false;
        banner.hidden = true;
        countdown.hidden = false;
        tick();
    }

    /** At zero by this page's reckoning, ask the server once: a rebooking may have extended the chat. */
    function recheck() {
        if (checkedEndsAt === endsAt) {
            return;
        }
        checkedEndsAt = endsAt;
        getJson('/api/v1/chats/' + encodeURIComponent(chatId)).then(function (summary) {
            if (summary && summary.writable) {
                reopen(summary);
            }
        });
    }

    function formatTime(iso) {
        var date = new Date(iso);
        try {
            var parts = {};
            new Intl.DateTimeFormat('en-GB', {
                timeZone: 'Asia/Kolkata', day: 'numeric', month: 'short', year: 'numeric',
                hour: 'numeric', minute: '2-digit', hour12: true
            }).formatToParts(date).forEach(function (part) {
                parts[part.type] = part.value;
            });
            return parts.day + ' ' + parts.month + ' ' + parts.year + ', ' + parts.hour + ':' + parts.minute + ' '
                + String(parts.dayPeriod || '').toUpperCase();
        } catch (e) {
            return date.toLocaleString();
        }
    }

    function show(message) {
        if (message.clientMessageId) {
            delete pending[message.clientMessageId];
        }
        if (seen[message.id]) {
            return;
        }
        seen[message.id] = true;
        lastId = message.id;
        var nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
        var item = document.createElement('li');
        item.className = message.mine ? 'mine' : 'theirs';
        item.setAttribute('data-message-id', message.id);
        var text = document.createElement('span');
        text.className = 'text';
        text.textContent = message.text;
        var time = document.createElement('time');
        time.dateTime = message.sentAt;
        time.textContent = formatTime(message.sentAt);
        item.appendChild(text);
        item.appendChild(time);
        if (!message.mine) {
            item.appendChild(reportLink(message.id));
        }
        list.appendChild(item);
        empty.hidden = true;
        if (nearBottom || message.mine) {
            list.scrollTop = list.scrollHeight;
        }
    }

    function reportLink(messageId) {
        var link = document.createElement('a');
        link.className = 'report';
        link.href = '/report?kind=message&id=' + encodeURIComponent(messageId) + '&back='
            + encodeURIComponent('/chat/' + chatId);
        link.textContent = 'Report';
        return link;
    }

    function showError(text) {
        errorLine.textContent = text;
        errorLine.hidden = !text;
    }

    function setStatus(text) {
        statusLine.textContent = text;
        statusLine.hidden = !text;
    }

    /** A send was refused: say why, and put the unsent text back so nothing typed is lost. */
    function refused(error) {
        var texts = Object.keys(pending).map(function (id) {
            return pending[id];
        });
        pending = {};
        if (texts.length && !input.value) {
            input.value = texts.join('\n');
        }
        if (error && error.code === 'chat_expired') {
            expire();
            showError('');
            return;
        }
        if (error && error.code === 'help_offered' && helpBox) {
            // Nothing was sent: the helplines come first, the words stay in the box, and "Send anyway" sends them.
            showError('');
            helpBox.hidden = false;
            helpBox.focus();
            return;
        }
        showError(error && error.message ? error.message : 'That message was not sent.');
    }

    function getJson(url) {
        return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .catch(function () {
                return null;
            });
    }

    function post(clientMessageId, text, anyway) {
        fetch('/api/v1/chats/' + encodeURIComponent(chatId) + '/messages', {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf},
            body: JSON.stringify({clientMessageId: clientMessageId, text: text, sendAnyway: !!anyway})
        }).then(function (response) {
            return response.json().then(function (body) {
                if (response.status === 200 || response.status === 201) {
                    show(body);
                } else {
                    refused(body.error);
                }
            });
        }).catch(function () {
            setStatus('Not sent yet: no connection. It will be sent when the connection is back.');
        });
    }

    function resendPending(viaSocket) {
        Object.keys(pending).forEach(function (id) {
            if (viaSocket) {
                viaSocket.send(JSON.stringify({type: 'send', clientMessageId: id, text: pending[id]}));
            } else {
                post(id, pending[id]);
            }
        });
    }

    function poll() {
        var url = '/api/v1/chats/' + encodeURIComponent(chatId) + '/messages?limit=' + POLL_PAGE
            + (lastId ? '&after=' + encodeURIComponent(lastId) : '');
        getJson(url).then(function (page) {
            if (!page) {
                return;
            }
            page.messages.forEach(show);
            resendPending(null);
            if (page.messages.length === POLL_PAGE) {
                poll();
            }
        });
    }

    function startPolling() {
        if (pollTimer) {
            return;
        }
        setStatus('Live updates are paused; new messages are checked every few seconds.');
        root.setAttribute('data-live', 'polling');
        pollTimer = setInterval(poll, POLL_EVERY_MS);
        poll();
    }

    function stopPolling() {
        if (pollTimer) {
            clearInterval(pollTimer);
            pollTimer = null;
        }
        setStatus('');
    }

    function connect() {
        if (!('WebSocket' in window)) {
            startPolling();
            return;
        }
        var ws;
        try {
            ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
                + '/ws/chats/' + encodeURIComponent(chatId));
        } catch (e) {
            startPolling();
            return;
        }
        var opened = false;
        ws.onopen = function () {
            opened = true;
            failures = 0;
            socket = ws;
            stopPolling();
            root.setAttribute('data-live', 'socket');
            ws.send(JSON.stringify({type: 'resume', after: lastId}));
            resendPending(ws);
        };
        ws.onmessage = function (event) {
            var frame;
            try {
                frame = JSON.parse(event.data);
            } catch (e) {
                return;
            }
            if (frame.type === 'message') {
                show(frame);
            } else if (frame.type === 'expired') {
                expire();
            } else if (frame.type === 'error') {
                refused(frame);
            } else if (frame.type === 'notice') {
                setStatus(frame.message);
            } else if (frame.type === 'concern' && careGuide) {
                careGuide.hidden = false;
            }
        };
        ws.onclose = function (event) {
            if (socket === ws) {
                socket = null;
                root.setAttribute('data-live', 'closed');
            }
            if (event.code === 4401) {
                stopPolling();
                // Nothing typed now could be sent; what is already in the box stays there to copy.
                input.disabled = true;
                button.disabled = true;
                setStatus('You were signed out. Reload the page to sign in again.');
                return;
            }
            failures += 1;
            if (!opened || failures >= 2) {
                startPolling();
            }
            setTimeout(connect, Math.min(30000, 1000 * Math.pow(2, Math.min(failures, 5))));
        };
    }

    function newClientId() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) {
            return ('0' + b.toString(16)).slice(-2);
        }).join('');
    }

    function sendTyped(anyway) {
        var text = input.value.trim();
        if (!text || !writable) {
            return;
        }
        var id = newClientId();
        pending[id] = text;
        input.value = '';
        showError('');
        if (helpBox) {
            helpBox.hidden = true;
        }
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify({type: 'send', clientMessageId: id, text: text, sendAnyway: anyway}));
        } else {
            post(id, text, anyway);
        }
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        sendTyped(false);
    });

    if (helpBox) {
        document.getElementById('send-anyway').addEventListener('click', function () {
            sendTyped(true);
        });
        document.getElementById('help-not-now').addEventListener('click', function () {
            helpBox.hidden = true;
            input.focus();
        });
    }

    input.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            form.dispatchEvent(new Event('submit', {cancelable: true}));
        }
    });

    list.scrollTop = list.scrollHeight;
    setInterval(tick, 1000);
    tick();
    if (writable) {
        connect();
    }
})();
