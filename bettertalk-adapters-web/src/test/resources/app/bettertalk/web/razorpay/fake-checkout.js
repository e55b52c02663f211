/*
 * A stand-in for Razorpay's checkout.js, served by the tests' FakeRazorpay from its own origin. Opening it posts
 * the options the page gave (minus the callbacks) to the fake, which pays, fails or dismisses as the test chose and
 * answers with Razorpay's signed triple; this then calls the page's handler, its payment.failed listener or its
 * ondismiss, as the real widget would.
 */
(function () {
    'use strict';
    var base = document.currentScript.src.replace(/\/v1\/checkout\.js.*$/, '');
    window.Razorpay = function (options) {
        var listeners = {};
        this.on = function (event, listener) {
            listeners[event] = listener;
        };
        this.open = function () {
            var shown = {};
            Object.keys(options).forEach(function (key) {
                if (typeof options[key] !== 'function' && key !== 'modal') {
                    shown[key] = options[key];
                }
            });
            fetch(base + '/test/checkout', {
                method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(shown)
            }).then(function (answer) {
                return answer.json();
            }).then(function (answer) {
                if (answer.outcome === 'paid') {
                    options.handler(answer.response);
                } else if (answer.outcome === 'failed' && listeners['payment.failed']) {
                    listeners['payment.failed']({error: {description: 'Your card was declined'}});
                } else if (options.modal && options.modal.ondismiss) {
                    options.modal.ondismiss();
                }
            });
        };
    };
}());
