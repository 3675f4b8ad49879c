/*
 * Keyboard-usable dropdowns for the chrome when real AUI JavaScript is not available: the trigger
 * toggles its menu (aria-expanded), arrow keys move between items, Escape closes and returns focus.
 */
(function () {
    'use strict';
    function items(menu) { return Array.prototype.slice.call(menu.querySelectorAll('a')); }
    function close(trigger, menu, focusTrigger) {
        menu.classList.remove('devhost-open');
        trigger.setAttribute('aria-expanded', 'false');
        if (focusTrigger) { trigger.focus(); }
    }
    function open(trigger, menu) {
        menu.classList.add('devhost-open');
        trigger.setAttribute('aria-expanded', 'true');
        var first = items(menu)[0];
        if (first) { first.focus(); }
    }
    document.addEventListener('DOMContentLoaded', function () {
        // aui-item-link is an AUI web component; without AUI render it as a plain link.
        Array.prototype.forEach.call(document.querySelectorAll('aui-item-link'), function (el) {
            if (el.querySelector('a')) { return; }
            var a = document.createElement('a');
            a.href = el.getAttribute('href') || '#';
            a.textContent = el.textContent;
            a.setAttribute('role', 'menuitem');
            el.textContent = '';
            el.appendChild(a);
        });
        Array.prototype.forEach.call(document.querySelectorAll('.aui-dropdown2-trigger'), function (trigger) {
            var menu = document.getElementById(trigger.getAttribute('aria-controls'));
            if (!menu) { return; }
            menu.setAttribute('role', 'menu');
            trigger.setAttribute('aria-expanded', 'false');
            trigger.addEventListener('click', function (e) {
                e.preventDefault();
                if (menu.classList.contains('devhost-open')) { close(trigger, menu, false); } else { open(trigger, menu); }
            });
            trigger.addEventListener('keydown', function (e) {
                if (e.key === 'ArrowDown') { e.preventDefault(); open(trigger, menu); }
            });
            menu.addEventListener('keydown', function (e) {
                var list = items(menu), i = list.indexOf(document.activeElement);
                if (e.key === 'Escape') { e.preventDefault(); close(trigger, menu, true); }
                if (e.key === 'ArrowDown' && list.length) { e.preventDefault(); list[(i + 1) % list.length].focus(); }
                if (e.key === 'ArrowUp' && list.length) { e.preventDefault(); list[(i - 1 + list.length) % list.length].focus(); }
            });
            document.addEventListener('click', function (e) {
                if (!menu.contains(e.target) && e.target !== trigger) { close(trigger, menu, false); }
            });
        });
    });
}());
