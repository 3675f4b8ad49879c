package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.kernel.DirectoryUser;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The enrolment rules: who can be added, what each state shows, and how setup is confirmed. */
class DefaultEnrolmentServiceTest {
    final TwoFactorFixture f = new TwoFactorFixture();
    final DefaultEnrolmentService service = f.service;

    // ----- adding -----

    @Test
    void addedUsersArePendingWithAFreshEncryptedSecretAndWhoAddedThem() {
        AddUsersResult result = service.addUsers(List.of("alice", "bob"), "admin");

        assertEquals(List.of("alice", "bob"), result.added());
        Enrolment alice = f.enrolments.find("key-alice").orElseThrow();
        assertEquals(EnrolmentStatus.PENDING, alice.status());
        assertEquals("admin", alice.addedBy());
        assertEquals(f.clock.instant(), alice.addedAt());
        assertEquals("Alice Adams", alice.fullName());
        assertFalse(alice.encryptedSecret().contains(f.secretOf("key-alice")));
        assertNotEquals(f.secretOf("key-alice"), f.secretOf("key-bob"));
    }

    @Test
    void duplicateNamesInOneRequestAreAddedOnce() {
        AddUsersResult result = service.addUsers(List.of("alice", " Alice ", "ALICE", "", "bob"), "admin");
        assertEquals(List.of("alice", "bob"), result.added());
        assertEquals(List.of(), result.alreadyEnrolled());
        assertEquals(2, f.enrolments.count(EnrolmentStatus.PENDING));
    }

    @Test
    void alreadyEnrolledUsersAreReportedAndLeftAlone() {
        f.activate("alice");
        f.enrol("bob");
        String bobsSecret = f.secretOf("key-bob");

        AddUsersResult result = service.addUsers(List.of("alice", "bob", "carol"), "admin");

        assertEquals(List.of("carol"), result.added());
        assertEquals(List.of("alice", "bob"), result.alreadyEnrolled());
        assertEquals(EnrolmentStatus.ACTIVE, f.enrolments.find("key-alice").orElseThrow().status());
        assertEquals(bobsSecret, f.secretOf("key-bob"));
    }

    @Test
    void unknownAndDeactivatedUsersAreRefused() {
        AddUsersResult result = service.addUsers(List.of("mallory", "erin", "alice"), "admin");
        assertEquals(List.of("mallory", "erin"), result.unknown());
        assertEquals(List.of("alice"), result.added());
        assertTrue(f.enrolments.find("key-erin").isEmpty());
    }

    @Test
    void nullOrEmptyInputAddsNobody() {
        assertEquals(new AddUsersResult(List.of(), List.of(), List.of()), service.addUsers(null, "admin"));
        assertEquals(new AddUsersResult(List.of(), List.of(), List.of()), service.addUsers(List.of(), "admin"));
    }

    // ----- revoking -----

    @Test
    void revokeDeletesTheSetupAndReAddingGivesANewSecret() {
        String userKey = f.activate("alice");
        String oldSecret = f.secretOf(userKey);

        assertTrue(service.revoke("alice", "admin"));
        assertTrue(f.enrolments.find(userKey).isEmpty());
        assertEquals(SetupStatus.NOT_ENABLED, service.mySetup(userKey).status());

        service.addUsers(List.of("alice"), "admin");
        assertEquals(SetupStatus.PENDING, service.mySetup(userKey).status());
        assertNotEquals(oldSecret, f.secretOf(userKey));
    }

    @Test
    void revokingSomeoneNotEnrolledReportsFalse() {
        assertFalse(service.revoke("alice", "admin"));
        assertFalse(service.revoke("mallory", "admin"));
    }

    @Test
    void aUserTheDirectoryNoLongerKnowsCanStillBeRevokedByUsername() {
        f.enrolments.insertPending(new Enrolment("key-gone", "gone", "Gone User", EnrolmentStatus.PENDING,
                f.cipher.seal("key-gone", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP").ciphertext(), 1, "admin",
                f.clock.instant(), null, null));
        assertTrue(service.revoke("gone", "admin"));
        assertTrue(f.enrolments.find("key-gone").isEmpty());
    }

    @Test
    void revokeClearsTheLockoutAndTheConsumedSteps() {
        String userKey = f.activate("alice");
        for (int i = 0; i < 10; i++) {
            f.reviewCheck(userKey, f.wrongCodeNow(userKey));
        }
        service.revoke("alice", "admin");
        assertTrue(f.attempts.claimedAt(userKey, 1).isEmpty());
        assertTrue(f.usedSteps.consume(userKey, TotpVerifier.stepAt(f.clock.instant())), "steps forgotten");
    }

    // ----- listing and searching -----

    @Test
    void listShowsOneStatusWithTotalAndPage() {
        service.addUsers(List.of("alice", "bob", "carol"), "admin");
        f.clock.advance(Duration.ofSeconds(30));
        service.confirm("key-bob", f.codeNow("key-bob"));

        EnrolmentPage pending = service.list(EnrolmentStatus.PENDING, null, 50);
        assertEquals(2, pending.total());
        assertEquals(List.of("alice", "carol"), pending.users().stream().map(EnrolmentView::username).toList());

        EnrolmentView bob = service.list(EnrolmentStatus.ACTIVE, "bro", 50).users().get(0);
        assertEquals("key-bob", bob.userKey());
        assertEquals("Bob Brown", bob.fullName());
        assertEquals("admin", bob.addedBy());
        assertEquals(f.clock.instant(), bob.activatedAt());
        assertNull(bob.lastUsedAt());
        assertNull(bob.lockedUntil());
    }

    @Test
    void listShowsWhenAUserIsLockedOut() {
        String userKey = f.activate("alice");
        for (int i = 0; i < 10; i++) {
            f.reviewCheck(userKey, f.wrongCodeNow(userKey));
        }
        EnrolmentView alice = service.list(EnrolmentStatus.ACTIVE, null, 50).users().get(0);
        assertEquals(f.clock.instant().plus(Duration.ofMinutes(15)), alice.lockedUntil());

        f.clock.advance(Duration.ofMinutes(15));
        assertNull(service.list(EnrolmentStatus.ACTIVE, null, 50).users().get(0).lockedUntil());
    }

    @Test
    void listClampsThePageSize() {
        service.addUsers(List.of("alice", "bob", "carol"), "admin");
        assertEquals(1, service.list(EnrolmentStatus.PENDING, null, 0).users().size());
        assertEquals(3, service.list(EnrolmentStatus.PENDING, null, 10_000).users().size());
    }

    @Test
    void pagesLinkToTheirNeighboursBothWaysAndTheFirstAndLastPageHaveNoFurtherLink() {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            names.add("user" + i);
            f.directory.add("key-user" + i, "user" + i, "User " + i, true);
        }
        service.addUsers(names, "admin");
        EnrolmentPage first = service.list(EnrolmentStatus.PENDING, null, 3);
        assertEquals(List.of("user0", "user1", "user2"), first.users().stream().map(EnrolmentView::username).toList());
        assertNull(first.previous());
        assertEquals(7, first.total());
        EnrolmentPage second = service.list(EnrolmentStatus.PENDING, null, first.next(), false, 3);
        assertEquals(List.of("user3", "user4", "user5"), second.users().stream().map(EnrolmentView::username).toList());
        EnrolmentPage last = service.list(EnrolmentStatus.PENDING, null, second.next(), false, 3);
        assertEquals(List.of("user6"), last.users().stream().map(EnrolmentView::username).toList());
        assertNull(last.next());
        EnrolmentPage back = service.list(EnrolmentStatus.PENDING, null, last.previous(), true, 3);
        assertEquals(second.users(), back.users());
        EnrolmentPage backToStart = service.list(EnrolmentStatus.PENDING, null, back.previous(), true, 3);
        assertEquals(first.users(), backToStart.users());
        assertNull(backToStart.previous(), "nothing before the first page");
    }

    @Test
    void aBroadSearchSaysMoreThanTheCountLimitInsteadOfCountingEveryMatch() {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < EnrolmentService.SEARCH_COUNT_LIMIT + 5; i++) {
            names.add("bulk" + i);
            f.directory.add("key-bulk" + i, "bulk" + i, "Bulk " + i, true);
        }
        for (int i = 0; i < names.size(); i += 100) {
            service.addUsers(names.subList(i, Math.min(names.size(), i + 100)), "admin");
        }
        EnrolmentPage search = service.list(EnrolmentStatus.PENDING, "bulk", 25);
        assertEquals(EnrolmentService.SEARCH_COUNT_LIMIT, search.total());
        assertFalse(search.totalExact());
        EnrolmentPage all = service.list(EnrolmentStatus.PENDING, null, 25);
        assertEquals(EnrolmentService.SEARCH_COUNT_LIMIT + 5, all.total(), "the whole list is counted exactly");
        assertTrue(all.totalExact());
    }

    @Test
    void searchUsersAsksTheDirectoryAndIgnoresBlankOrOneCharacterQueries() {
        UserSearchResult found = service.searchUsers("adams", 10);
        assertEquals(List.of("alice"), found.users().stream().map(DirectoryUser::username).toList());
        assertFalse(found.moreResults());
        assertEquals(java.util.Map.of(), found.enrolment(), "nobody enrolled yet");
        service.addUsers(List.of("alice"), "admin");
        assertEquals(java.util.Map.of("key-alice", EnrolmentStatus.PENDING), service.searchUsers("adams", 10).enrolment(),
                "enrolled users are marked");
        assertEquals(UserSearchResult.none(), service.searchUsers("  ", 10));
        assertEquals(UserSearchResult.none(), service.searchUsers(null, 10));
        assertEquals(UserSearchResult.none(), service.searchUsers(" a ", 10), "one character is not searched");
    }

    @Test
    void searchAsksTheDirectoryForOneMoreThanShownAndFlagsMoreResultsOnlyWhenItCameBack() {
        for (int i = 0; i < 21; i++) {
            f.directory.add("key-bench" + i, "bench" + i, "Bench User " + i, true);
        }

        UserSearchResult more = service.searchUsers("bench", 20);
        assertEquals(20, more.users().size());
        assertTrue(more.moreResults(), "21 matches for a limit of 20");

        UserSearchResult exact = service.searchUsers("bench", 21);
        assertEquals(21, exact.users().size());
        assertFalse(exact.moreResults(), "exactly the limit: nothing more to find");
    }

    @Test
    void searchLimitIsClampedToTheMaximum() {
        for (int i = 0; i < DefaultEnrolmentService.MAX_SEARCH + 5; i++) {
            f.directory.add("key-bench" + i, "bench" + i, "Bench User " + i, true);
        }

        UserSearchResult found = service.searchUsers("bench", 10_000);

        assertEquals(DefaultEnrolmentService.MAX_SEARCH, found.users().size());
        assertTrue(found.moreResults());
    }

    // ----- the user's setup screen -----

    @Test
    void aUserNotAddedSeesNotEnabledWithoutAnySecret() {
        MySetup setup = service.mySetup("key-alice");
        assertEquals(SetupStatus.NOT_ENABLED, setup.status());
        assertEquals("Aura Workflows (Aura Demo)", setup.issuer());
        assertEquals("alice", setup.accountName());
        assertNull(setup.manualKey());
        assertNull(setup.otpauthUri());
        assertTrue(service.qrPng("key-alice").isEmpty());
    }

    @Test
    void aPendingUserSeesTheGroupedManualKeyTheUriAndTheQrCode() {
        String userKey = f.enrol("alice");
        String secret = f.secretOf(userKey);

        MySetup setup = service.mySetup(userKey);

        assertEquals(SetupStatus.PENDING, setup.status());
        assertEquals(TotpSecrets.groupForReading(secret), setup.manualKey());
        assertEquals(OtpauthUri.build("Aura Workflows (Aura Demo)", "alice", secret), setup.otpauthUri());
        assertFalse(setup.toString().contains(secret));
        assertTrue(service.qrPng(userKey).orElseThrow().length > 100);
    }

    @Test
    void onceActiveTheSecretAndQrCodeAreNeverShownAgain() {
        String userKey = f.activate("alice");
        MySetup setup = service.mySetup(userKey);
        assertEquals(SetupStatus.ACTIVE, setup.status());
        assertNull(setup.manualKey());
        assertNull(setup.otpauthUri());
        assertTrue(service.qrPng(userKey).isEmpty());
    }

    // ----- confirming setup -----

    @Test
    void aValidCodeActivatesTheSetup() {
        String userKey = f.enrol("alice");
        f.clock.advance(Duration.ofSeconds(42));

        CodeCheck check = service.confirm(userKey, f.codeNow(userKey));

        assertEquals(CodeCheck.of(CodeCheck.Outcome.ACCEPTED), check);
        Enrolment active = f.enrolments.find(userKey).orElseThrow();
        assertEquals(EnrolmentStatus.ACTIVE, active.status());
        assertEquals(f.clock.instant(), active.activatedAt());
    }

    @Test
    void aWrongCodeKeepsTheSetupPending() {
        String userKey = f.enrol("alice");
        assertEquals(CodeCheck.Outcome.INVALID_CODE, service.confirm(userKey, f.wrongCodeNow(userKey)).outcome());
        assertEquals(EnrolmentStatus.PENDING, f.enrolments.find(userKey).orElseThrow().status());
    }

    @Test
    void anExpiredCodeIsRefusedLikeAWrongOne() {
        String userKey = f.enrol("alice");
        String code = f.codeNow(userKey);
        f.clock.advance(Duration.ofSeconds(61));
        assertEquals(CodeCheck.Outcome.INVALID_CODE, service.confirm(userKey, code).outcome());
    }

    @Test
    void missingAndMalformedCodesAreRefusedAndNotCounted() {
        String userKey = f.enrol("alice");
        for (String none : Arrays.asList(null, "")) {
            assertEquals(CodeCheck.Outcome.CODE_REQUIRED, service.confirm(userKey, none).outcome());
        }
        for (String bad : Arrays.asList("12345", "1234567", "１２３４５６", "9".repeat(100_000))) {
            assertEquals(CodeCheck.Outcome.INVALID_INPUT, service.confirm(userKey, bad).outcome());
        }
        assertTrue(f.attempts.claimedAt(userKey, 1).isEmpty());
    }

    @Test
    void confirmingWithoutAPendingSetupIsNotPending() {
        assertEquals(CodeCheck.Outcome.NOT_PENDING, service.confirm("key-alice", "123456").outcome());
        String userKey = f.activate("bob");
        f.clock.advance(Duration.ofSeconds(30));
        assertEquals(CodeCheck.Outcome.NOT_PENDING, service.confirm(userKey, f.codeNow(userKey)).outcome());
    }

    @Test
    void theSetupCodeCannotBeUsedAgainForAnApproval() {
        String userKey = f.enrol("alice");
        String code = f.codeNow(userKey);
        assertTrue(service.confirm(userKey, code).accepted());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(userKey, code).outcome());
    }

    @Test
    void anUndecryptableSecretFailsClosed() {
        String userKey = f.enrol("alice");
        String code = f.codeNow(userKey);
        f.keys.remove();
        assertThrows(TwoFactorUnavailableException.class, () -> service.confirm(userKey, code));
        assertThrows(TwoFactorUnavailableException.class, () -> service.mySetup(userKey));
        assertEquals(EnrolmentStatus.PENDING, f.enrolments.find(userKey).orElseThrow().status());
        assertTrue(f.attempts.claimedAt(userKey, 1).isEmpty(), "an unusable secret is not a guess");
    }

    @Test
    void aSecretMovedFromAnotherUsersRowFailsClosed() {
        f.enrol("alice");
        String bobKey = f.enrol("bob");
        Enrolment alice = f.enrolments.find("key-alice").orElseThrow();
        Enrolment bob = f.enrolments.find(bobKey).orElseThrow();
        ((Fakes.Enrolments) f.enrolments).put(new Enrolment(bob.userKey(), bob.username(), bob.fullName(),
                bob.status(), alice.encryptedSecret(), alice.keyVersion(), bob.addedBy(), bob.addedAt(), null, null));
        String alicesCode = TwoFactorFixture.code(f.secretOf("key-alice"), TotpVerifier.stepAt(f.clock.instant()));
        assertThrows(TwoFactorUnavailableException.class, () -> service.confirm(bobKey, alicesCode));
    }
}
