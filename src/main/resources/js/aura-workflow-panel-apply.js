/*
 * Aura Workflows - the workflow panel's "Add workflow" dialog (#aura-wf-apply-dialog), for editors of a page
 * without a workflow: it lists GET {restBase}/workflows and applies the chosen one with
 *   POST {restBase}/pages/{pageId}/workflow   {"workflowId"}
 *
 *   AuraWorkflows.panelApplyDialog(panel);  // wires the server-rendered "Add workflow" button, when there is one
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var byId = aura.dom.byId;


    aura.panelApplyDialog = function (panel) {
        var text = panel.text;
        var addButton = byId('aura-wf-add-button');
        var dialog = byId('aura-wf-apply-dialog');
        var select = byId('aura-wf-apply-select');
        var error = byId('aura-wf-apply-error');
        var submit = byId('aura-wf-apply-submit');
        var workflows = [];

        function describe() {
            byId('aura-wf-apply-description').textContent = aura.panelText.workflowDescription(workflows, select.value);
        }

        function listed(result) {
            if (!result.ok) {
                error.textContent = aura.panelText.errorMessage(result, text);
                return;
            }
            workflows = aura.panelText.workflowsFrom(result.data);
            if (!workflows.length) {
                error.textContent = text.i18nNoWorkflows;
                return;
            }
            workflows.forEach(function (workflow) {
                select.appendChild(aura.dom.el('option', {value: String(workflow.id), text: workflow.name}));
            });
            describe();
            aura.setBusy(submit, false);
        }

        function open() {
            error.textContent = '';
            aura.dom.clear(select);
            // Nothing to apply until the list is there.
            aura.setBusy(submit, true);
            panel.openDialog(dialog, select);
            panel.callRest('GET', '/workflows').then(listed);
        }

        function applied(result) {
            aura.setBusy(submit, false);
            if (!result.ok) {
                error.textContent = aura.panelText.errorMessage(result, text);
                return;
            }
            panel.closeDialog(dialog);
            panel.reloadSoon(aura.text.format(text.i18nApplied, [result.data.state.name]));
        }

        function apply(event) {
            event.preventDefault();
            if (!select.value) {
                return;
            }
            aura.setBusy(submit, true);
            panel.callRest('POST', panel.pagePath + '/workflow', {workflowId: Number(select.value)}).then(applied);
        }

        if (addButton) {
            addButton.addEventListener('click', open);
            select.addEventListener('change', describe);
            byId('aura-wf-apply-form').addEventListener('submit', apply);
        }
    };
}(window));
