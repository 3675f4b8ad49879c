window.fixtureText = AJS.I18n.getText('fixture.js.text');
window.fixtureFormatted = AJS.I18n.getText("fixture.hello.title", 'JS');
