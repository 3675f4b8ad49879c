/* Fixture: linked on page-related screens (web-resource context "page"). */
window.devhostFixturePageContext = true;
