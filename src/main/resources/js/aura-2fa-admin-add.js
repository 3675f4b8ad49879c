/*
 * Aura Workflows - the admin 2FA screen's "Add 2FA users" dialog (#aura-2fa-add-dialog): a type-ahead over
 * GET {restBase}/2fa/user-search, the chosen users as removable chips, and "Add" sending
 *   POST {restBase}/2fa/users   {"usernames": [...]}
 * whose answer is reported in the dialog (added, enrolled already, unknown) before the lists are refreshed.
 *
 *   AuraWorkflows.adminAddDialog(screen);  // screen: the admin screen's texts, REST helper, dialogs and messages
 *
 * The search rules and texts are AuraWorkflows.adminText's, the chosen users AuraWorkflows.adminSelection's; user
 * data goes in as text only.
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var byId = aura.dom.byId;


    /** A chosen user with the button that takes them out again (named for them; its text is only the cross). */
    function chip(user, text, onRemove) {
        var remove = aura.dom.el('button', {type: 'button',
            'class': 'aui-button aui-button-subtle aura-2fa-chip-remove',
            'aria-label': aura.adminText.removeLabel(user, text), text: '\u00d7'});
        remove.addEventListener('click', onRemove);
        return aura.dom.el('li', {'class': 'aura-2fa-chip'},
            [aura.dom.el('span', {text: aura.adminText.label(user)}), remove]);
    }

    aura.adminAddDialog = function (screen) {
        var text = screen.text;
        var adminText = aura.adminText;
        var dialog = byId('aura-2fa-add-dialog');
        var addButton = byId('aura-2fa-add-button');
        var searchInput = byId('aura-2fa-user-search');
        var searchStatus = byId('aura-2fa-search-status');
        var selectedList = byId('aura-2fa-selected');
        var selectedEmpty = byId('aura-2fa-selected-empty');
        var result = byId('aura-2fa-add-result');
        var confirm = byId('aura-2fa-add-confirm');
        var selection = aura.adminSelection();

        function renderSelected() {
            aura.dom.clear(selectedList);
            selection.users().forEach(function (user) {
                selectedList.appendChild(chip(user, text, function () {
                    selection.remove(user.username);
                    renderSelected();
                    searchInput.focus();
                }));
            });
            selectedEmpty.hidden = !selection.isEmpty();
            confirm.disabled = selection.isEmpty();
        }

        // The type-ahead (js/aura-picker.js).
        var picker = aura.picker({
            input: searchInput, list: byId('aura-2fa-user-results'), status: searchStatus,
            idPrefix: 'aura-2fa-option-', minQuery: adminText.search.minQuery, delayMs: adminText.search.delayMs,
            text: adminText.searchTexts(text),
            search: aura.picker.restSearch(screen.callRest, '/2fa/user-search', 'users', adminText.search.limit,
                function (user) {
                    return adminText.searchItem(user, text);
                }),
            choose: function (item) {
                selection.add(item.user);
                renderSelected();
                searchInput.focus();
            }
        });

        function open() {
            selection.clear();
            renderSelected();
            aura.dom.clear(result);
            searchInput.value = '';
            picker.close();
            searchStatus.textContent = '';
            screen.openDialog(dialog, addButton);
            searchInput.focus();
        }

        function answered(response, names) {
            if (!response.ok || !response.data) {
                screen.message(result, 'error', adminText.errorMessage(response, text));
                aura.setBusy(confirm, false);
                return;
            }
            var outcome = adminText.addOutcome(response.data, names, text);
            outcome.messages.forEach(function (message) {
                screen.message(result, message.type, message.heading, message.items);
            });
            if (outcome.flag !== null) {
                aura.flag('success', outcome.flag);
            }
            aura.setBusy(confirm, false);
            selection.clear();
            renderSelected();
            // The dialog stays open for the next users: the focus goes back to the search (the confirm button it
            // was on is disabled now that nothing is selected, which would drop it to the page's body).
            searchInput.focus();
            screen.refreshLists();
        }

        function add() {
            if (selection.isEmpty()) {
                return;
            }
            aura.setBusy(confirm, true);
            aura.dom.clear(result);
            var names = selection.names();
            screen.callRest('POST', '/2fa/users', {usernames: selection.usernames()}).then(function (response) {
                answered(response, names);
            }, function () {
                screen.message(result, 'error', text.i18nFailed);
                aura.setBusy(confirm, false);
            });
        }

        addButton.addEventListener('click', open);
        screen.onClosed(dialog, picker.close);
        confirm.addEventListener('click', add);
    };
}(window));
