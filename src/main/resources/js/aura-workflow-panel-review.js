/*
 * Aura Workflows - the workflow panel's review dialog (#aura-wf-review-dialog), which sends
 *   POST {restBase}/pages/{pageId}/reviews   {"decision","comment","round","pageVersion","code"}
 *
 *   var review = AuraWorkflows.panelReviewDialog(panel);  review.open();  // for panel.status()
 *
 * On a step with "Require 2FA" it has two steps: the decision and comment, then (after Submit) the six-digit code.
 * The decision and comment are kept while the code step is open (Back returns to them), and the review is sent, and
 * recorded by the server, only with a code. A wrong or expired code keeps the reviewer on the code step with the
 * server's message, the field emptied and focused for the next code. The rules are AuraWorkflows.panelReview's; the
 * server decides all of it again: nothing here is a security check.
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var byId = aura.dom.byId;


    aura.panelReviewDialog = function (panel) {
        var rules = aura.panelReview;
        var text = panel.text;
        var dialog = byId('aura-wf-review-dialog');
        var form = byId('aura-wf-review-form');
        var error = byId('aura-wf-review-error');
        // The page or its round changed while the dialog was open: the review can only be given again on the new
        // state, so the way forward is one button away.
        var reload = byId('aura-wf-review-reload');
        var reloadButton = byId('aura-wf-review-reload-button');
        var choiceStep = byId('aura-wf-review-choice');
        var codeStep = byId('aura-wf-review-code');
        var codeInput = byId('aura-wf-code');
        var submit = byId('aura-wf-review-submit');
        var codeSubmit = byId('aura-wf-code-submit');
        var codeBack = byId('aura-wf-code-back');
        var twoFactorInfo = byId('aura-wf-twofactor-info');
        var approveInput = byId('aura-wf-decision-approve');
        var comment = byId('aura-wf-comment');

        function chosenDecision() {
            return form.querySelector('input[name="decision"]:checked');
        }

        function showStep(step) {
            var code = step === 'code';
            form.setAttribute('data-step', step);
            choiceStep.hidden = code;
            codeStep.hidden = !code;
            submit.hidden = code;
            codeSubmit.hidden = !code;
            codeBack.hidden = !code;
        }

        function setBusy(busy) {
            aura.setBusy(submit, busy);
            aura.setBusy(codeSubmit, busy);
            codeBack.disabled = busy;
        }

        function codeRefused(message) {
            // Stay on the code step, ready for the next code from the app; the alert region announces the message.
            error.textContent = message;
            codeInput.setAttribute('aria-invalid', 'true');
            codeInput.value = '';
            codeInput.focus();
        }

        function open() {
            var status = panel.status();
            var shown = rules.dialogFor(status, text);
            byId('aura-wf-decision-approve-label').textContent = shown.approveLabel;
            byId('aura-wf-decision-reject-label').textContent = shown.rejectLabel;
            form.reset();
            error.textContent = '';
            reload.hidden = true;
            codeInput.setAttribute('aria-invalid', 'false');
            showStep('choice');
            // The dialog opens only for a reviewer who can complete the step (the panel offers no form otherwise).
            twoFactorInfo.hidden = !shown.showTwoFactorInfo;
            twoFactorInfo.textContent = text.i18nTwofactorInfo;
            setBusy(false);
            if (shown.decision) {
                var earlier = shown.decision === 'APPROVE' ? 'aura-wf-decision-approve' : 'aura-wf-decision-reject';
                byId(earlier).checked = true;
            }
            panel.openDialog(dialog, approveInput);
        }

        // Submitting again would be refused the same way: only the reload helps.
        function outdated(result) {
            submit.disabled = true;
            codeSubmit.disabled = true;
            error.textContent = aura.panelText.errorMessage(result, text);
            reloadButton.focus();
        }

        function refused(result, code) {
            if (code !== null) {
                panel.clearStatus();
                codeRefused(aura.panelText.errorMessage(result, text));
            } else {
                error.textContent = aura.panelText.errorMessage(result, text);
            }
        }

        function answered(result, code) {
            setBusy(false);
            var isOutdated = rules.isOutdated(result);
            reload.hidden = !isOutdated;
            if (isOutdated) {
                outdated(result);
            } else if (!result.ok) {
                refused(result, code);
            } else {
                panel.closeDialog(dialog);
                panel.reloadSoon(rules.outcomeMessage(result.data, text));
            }
        }

        function send(decision, code) {
            var payload = rules.payload(decision.value, comment.value, panel.status().approval.round,
                panel.root.getAttribute('data-page-version'), code);
            if (code !== null) {
                error.textContent = '';
                panel.say(text.i18nVerifying);
            }
            setBusy(true);
            panel.callRest('POST', panel.pagePath + '/reviews', payload).then(function (result) {
                answered(result, code);
            });
        }

        function submitCode(decision) {
            var code = rules.codeFrom(codeInput.value);
            if (!rules.isCode(code)) {
                codeRefused(text.i18nCodeFormat); // checked again by the server; not an attempt
                return;
            }
            send(decision, code);
        }

        // Protected: keep the decision and the comment, ask for the code.
        function askForCode(decision) {
            var typed = comment.value.trim();
            var summary = rules.codeSummary(byId(decision.id + '-label').textContent, typed, text);
            byId('aura-wf-code-summary').textContent = summary.decision;
            var commentLine = byId('aura-wf-code-comment');
            commentLine.textContent = summary.comment;
            commentLine.hidden = !typed;
            error.textContent = '';
            codeInput.value = '';
            codeInput.setAttribute('aria-invalid', 'false');
            showStep('code');
            codeInput.focus();
        }

        reloadButton.addEventListener('click', function () {
            root.location.reload();
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var decision = chosenDecision();
            if (form.getAttribute('data-step') === 'code') {
                submitCode(decision);
            } else if (!decision) {
                error.textContent = text.i18nChooseDecision;
                approveInput.focus();
            } else if (!rules.isProtected(panel.status())) {
                send(decision, null);
            } else {
                askForCode(decision);
            }
        });

        codeBack.addEventListener('click', function () {
            error.textContent = '';
            showStep('choice');
            (chosenDecision() || approveInput).focus();
        });

        return {open: open};
    };
}(window));
