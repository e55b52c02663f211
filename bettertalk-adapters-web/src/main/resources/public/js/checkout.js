/*
 * Opens Razorpay's Standard Checkout for the booking's order. The order, key and amount come from the page, which
 * the server rendered from the stored booking; the only prefill is the member's anonymous username. On success the
 * signed triple goes to /payments/razorpay/verify, which believes nothing until it has checked the signature and
 * asked Razorpay itself. A closed window or a failed payment leaves the booking unpaid and says so.
 */
(function () {
    'use strict';

    var checkout = document.getElementById('checkout');
    var button = document.getElementById('pay');
    var status = document.getElementById('checkout-status');
    var form = document.getElementById('verify-form');
    if (!checkout || !button || !status || !form) {
        return;
    }

    function say(text) {
        status.textContent = text;
    }

    function verify(response) {
        form.elements['razorpay_order_id'].value = response.razorpay_order_id;
        form.elements['razorpay_payment_id'].value = response.razorpay_payment_id;
        form.elements['razorpay_signature'].value = response.razorpay_signature;
        say('Payment received. Confirming your booking…');
        button.disabled = true;
        form.submit();
    }

    button.addEventListener('click', function () {
        if (typeof window.Razorpay !== 'function') {
            say('The payment window could not load. Check your connection and reload the page.');
            return;
        }
        say('');
        var data = checkout.dataset;
        var razorpay = new window.Razorpay({
            key: data.key,
            order_id: data.order,
            amount: Number(data.amount),
            currency: data.currency,
            name: 'BetterTalk',
            description: data.description,
            prefill: { name: data.prefillName },
            handler: verify,
            modal: {
                ondismiss: function () {
                    say('The payment was not completed, and nothing was charged. Your booking is saved; you can '
                        + 'try again.');
                }
            }
        });
        razorpay.on('payment.failed', function () {
            say('That payment did not go through, and nothing was charged for it. You can try again, perhaps '
                + 'with another method.');
        });
        razorpay.open();
    });
}());
