// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {Soulbound721} from "./utils/Soulbound721.sol";

/// @title ConsentRegistry
/// @notice A patient's consent to share their health and care records, held as a soulbound ERC-721 (ERC-5192) in the
/// patient's own wallet. A consent names a grantee (an organisation's or clinician's address), the purposes of use
/// (FHIR R4 PurposeOfUse codes, as a bitmask), the actions allowed (FHIR consent actions, as a bitmask), an optional
/// expiry and a commitment to the data it covers. Nothing here identifies a person: patients are wallet addresses
/// and the data scope is a hash.
/// @dev A (patient, grantee) pair has up to MAX_CONSENTS_PER_GRANTEE storage slots, slot `index` at key
/// `keccak256(abi.encodePacked(patient, grantee, uint16(index)))` with its low 16 bits cleared; a consent's id is its
/// slot's key with the slot's generation in those 16 bits (0 for a slot's first consent). `isPermitted` visits the
/// pair's slots only, so its cost is bounded by the slot cap; the first slot also stores how many slots the pair
/// uses. When every slot is used, a new grant reuses a slot whose consent no longer permits (revoked, expired, or
/// granted by a guardian since removed): the old consent's token stays with the patient and its history stays in
/// the events, but its storage now holds the new consent (`consent(oldId)` reverts `ConsentSuperseded`). A revoked
/// consent keeps its record until then: `revoked` is set and `validUntil` becomes the revocation time (unless it had
/// already expired). Expiry needs no transaction: a consent permits while `block.timestamp < validUntil` (or forever
/// when `validUntil` is 0). Objections (`object`) override consents: while one stands for a purpose, no consent
/// permits that purpose to the grantees it names.
/// Recovery of a lost key (docs/identity.md, "Recovery"): every per-patient record (consent slots, guardians,
/// objections) is keyed by the patient's *subject*, the address of the patient's first wallet. A wallet is its own
/// subject until a RECOVERY_ROLE holder (the KeyRecovery contract, after an identity attester's request and a guardian's
/// confirmation or a waiting period) links a fresh wallet to the subject and retires the old one (`recoverWallet`):
/// from then on the new wallet answers `isPermitted`, grants, revokes and objects exactly as the old one did, and the
/// old wallet permits nothing and can do nothing. Consent tokens stay with the wallet they were minted to (they are
/// soulbound); `consent` and the events name the subject's current wallet.
contract ConsentRegistry is Soulbound721, AccessControl, ERC2771Context {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice Role of the addresses that may record break-glass emergency access. Granted by the DAO's timelock.
    bytes32 public constant EMERGENCY_ROLE = keccak256("EMERGENCY_ROLE");

    // FHIR R4 PurposeOfUse codes (http://terminology.hl7.org/CodeSystem/v3-ActReason), one bit each.
    uint8 public constant PURPOSE_TREAT = 0; // treatment
    uint8 public constant PURPOSE_ETREAT = 1; // emergency treatment
    uint8 public constant PURPOSE_CAREMGT = 2; // care management
    uint8 public constant PURPOSE_HRESCH = 3; // healthcare research
    uint8 public constant PURPOSE_CLINTRL = 4; // clinical trial
    uint8 public constant PURPOSE_PUBHLTH = 5; // public health
    uint8 public constant PURPOSE_HOPERAT = 6; // healthcare operations
    uint8 public constant PURPOSE_PATRQT = 7; // patient requested
    uint8 public constant PURPOSE_HPAYMT = 8; // healthcare payment
    uint8 public constant PURPOSE_HSYSADMIN = 9; // health system administration
    uint8 public constant PURPOSE_COC = 10; // coordination of care
    uint8 public constant PURPOSE_POPHLTH = 11; // population health
    uint8 public constant PURPOSE_BTG = 12; // break the glass
    uint8 public constant PURPOSE_HQUALIMP = 13; // health quality improvement
    uint8 public constant PURPOSE_COUNT = 14;
    uint16 public constant ALL_PURPOSES = uint16((1 << PURPOSE_COUNT) - 1);
    /// @notice Research purposes (HRESCH, CLINTRL): only the patient may grant them or object to them. A lasting
    /// power of attorney is not research consent (Mental Capacity Act 2005, ss. 30-34).
    uint16 public constant RESEARCH_PURPOSES = uint16((1 << PURPOSE_HRESCH) | (1 << PURPOSE_CLINTRL));
    /// @notice Direct-care purposes (TREAT, ETREAT, CAREMGT, PATRQT, COC, BTG); every other purpose is secondary use.
    uint16 public constant DIRECT_CARE_PURPOSES = uint16(
        (1 << PURPOSE_TREAT) | (1 << PURPOSE_ETREAT) | (1 << PURPOSE_CAREMGT) | (1 << PURPOSE_PATRQT)
            | (1 << PURPOSE_COC) | (1 << PURPOSE_BTG)
    );

    // FHIR R4 consent actions (http://terminology.hl7.org/CodeSystem/consentaction), one bit each.
    uint8 public constant ACTION_COLLECT = 0;
    uint8 public constant ACTION_ACCESS = 1;
    uint8 public constant ACTION_USE = 2;
    uint8 public constant ACTION_DISCLOSE = 3;
    uint8 public constant ACTION_CORRECT = 4;
    uint8 public constant ACTION_COUNT = 5;
    uint8 public constant ALL_ACTIONS = uint8((1 << ACTION_COUNT) - 1);

    /// @notice The most storage slots one (patient, grantee) pair has, so the most consents a patient's grantee
    /// holds at once. A grant when every slot is taken reuses a slot whose consent no longer permits.
    uint16 public constant MAX_CONSENTS_PER_GRANTEE = 32;

    uint8 private constant FLAG_BY_GUARDIAN = 1 << 6; // granted by a guardian (see _guardianGrants)
    uint8 private constant FLAG_REVOKED = 1 << 7;
    uint256 private constant GENERATION_MASK = 0xFFFF;

    /// @dev One storage slot: 20 + 2 + 1 + 5 + 2 + 2 = 32 bytes.
    struct Consent {
        address grantee;
        uint16 purposes;
        uint8 flags; // bits 0-4: the ACTION_* bits; FLAG_BY_GUARDIAN; FLAG_REVOKED
        uint40 validUntil; // 0: no expiry; after revocation: the revocation time
        uint16 slotCount; // only meaningful in the pair's first slot (index 0): how many slots the pair uses
        uint16 generation; // how many consents this slot held before this one
    }

    /// @dev Which guardian granted a consent a guardian granted, and under which of its appointments (how many
    /// times the patient had removed that guardian before).
    struct GuardianGrant {
        address guardian;
        uint32 appointment;
    }

    /// @dev An objection: two storage slots.
    struct Objection {
        address patient;
        uint16 purposes;
        bool byPatient;
        bool withdrawn;
        address grantee; // zero: every grantee
    }

    mapping(uint256 slotKey => Consent) private _consents;
    mapping(address patient => EnumerableSet.AddressSet) private _guardians;
    mapping(uint256 consentId => GuardianGrant) private _guardianGrants;
    mapping(address patient => mapping(address guardian => uint32)) private _guardianRemovals;
    mapping(address patient => mapping(address guardian => mapping(uint32 appointment => uint48))) private
        _guardianRemovedAt;
    mapping(uint256 objectionId => Objection) private _objections;
    mapping(address patient => mapping(address grantee => uint16)) private _objected;

    /// @dev A wallet's record, one storage slot: its link to its subject and its ERC-721 balance, together so that a
    /// grant reads the patient's link and counts the new token in one per-wallet slot (one cold read, not two).
    /// `subject` zero and `retired` false: the wallet is its own subject and was never recovered to or from.
    /// `subject` is also set to the wallet itself once it records an objection, so a wallet with objections is not a
    /// fresh recovery target (`isFreshWallet`).
    struct Wallet {
        address subject;
        bool retired; // a recovery moved the subject to another wallet: this one permits and does nothing
        uint88 tokens; // consent tokens held (`balanceOf`)
    }

    mapping(address wallet => Wallet) private _wallets;
    mapping(uint256 tokenId => address owner) private _tokenOwners; // ERC-721 owners (see `_update`)
    mapping(address subject => address wallet) private _recoveredWallet; // zero: the subject's wallet is itself

    /// @notice How many objections were ever recorded; objection ids run from 1.
    uint256 public objectionCount;

    /// @notice A patient (or their guardian, `by`) granted a consent.
    event ConsentGranted(
        uint256 indexed consentId,
        address indexed patient,
        address indexed grantee,
        uint16 purposes,
        uint8 actions,
        uint48 expiresAt,
        bytes32 scope,
        address by
    );

    /// @notice A patient (or their guardian, `by`) revoked a consent at `revokedAt`; the record stays.
    event ConsentRevoked(
        uint256 indexed consentId, address indexed patient, address indexed grantee, uint48 revokedAt, address by
    );

    /// @notice A patient appointed a guardian (lasting power of attorney, family carer) who may act on their behalf.
    event GuardianAppointed(address indexed patient, address indexed guardian);

    /// @notice A patient removed a guardian. Every consent that guardian granted the patient stops permitting now:
    /// it reads as revoked at this time (`consent`), with no separate ConsentRevoked event.
    event GuardianRemoved(address indexed patient, address indexed guardian);

    /// @notice A patient (or their guardian, `by`) objected to `purposes` for `grantee` (zero: every grantee). While
    /// it stands, `isPermitted` is false for those purposes whatever consents say.
    event ObjectionRecorded(
        uint256 indexed objectionId, address indexed patient, address indexed grantee, uint16 purposes, address by
    );

    /// @notice An objection was withdrawn by `by` (the patient, or a guardian for a guardian's objection).
    event ObjectionWithdrawn(
        uint256 indexed objectionId, address indexed patient, address indexed grantee, uint16 purposes, address by
    );

    /// @notice Break-glass: `accessor` (holding EMERGENCY_ROLE) recorded emergency access to a patient's records.
    /// @dev An audit record only; it never grants standing consent. `reasonHash` is a hash of the stated reason.
    event EmergencyAccess(address indexed patient, address indexed accessor, bytes32 reasonHash, uint48 at);

    /// @notice The caller is neither the patient nor one of the patient's guardians.
    error NotPatientOrGuardian(address patient, address caller);
    /// @notice The grantee is the zero address.
    error InvalidGrantee(address grantee);
    /// @notice The patient is the zero address.
    error InvalidPatient(address patient);
    /// @notice The purpose set is empty or has bits for unknown purposes.
    error InvalidPurposes(uint16 purposes);
    /// @notice The action set is empty or has bits for unknown actions.
    error InvalidActions(uint8 actions);
    /// @notice The expiry is not in the future.
    error InvalidExpiry(uint48 expiresAt);
    /// @notice Every one of the pair's MAX_CONSENTS_PER_GRANTEE slots holds a consent that still permits.
    error TooManyConsents(address patient, address grantee);
    /// @notice No consent has this id.
    error UnknownConsent(uint256 consentId);
    /// @notice The consent was already revoked.
    error AlreadyRevoked(uint256 consentId);
    /// @notice The guardian is the zero address or the patient themself.
    error InvalidGuardian(address guardian);
    /// @notice The address is already a guardian of the patient.
    error GuardianExists(address patient, address guardian);
    /// @notice The address is not a guardian of the patient.
    error GuardianNotFound(address patient, address guardian);
    /// @notice An emergency access must state a reason (its hash is zero).
    error MissingReason();
    /// @notice Only the patient grants, or objects to, research purposes (HRESCH, CLINTRL): `caller` is a guardian.
    /// A lasting power of attorney is not research consent (Mental Capacity Act 2005, ss. 30-34).
    error ResearchNeedsPatient(address patient, address caller, uint16 researchPurposes);
    /// @notice A guardian cannot grant consent to itself.
    error GuardianSelfGrant(address patient, address guardian);
    /// @notice The consent's slot now holds a newer consent; the consent's history is in the events.
    error ConsentSuperseded(uint256 consentId);
    /// @notice An objection already stands for some of these purposes and this grantee (`purposes` is the overlap).
    error AlreadyObjected(address patient, address grantee, uint16 purposes);
    /// @notice No objection has this id.
    error UnknownObjection(uint256 objectionId);
    /// @notice The objection was already withdrawn.
    error ObjectionAlreadyWithdrawn(uint256 objectionId);
    /// @notice Only the patient withdraws an objection the patient recorded.
    error PatientObjection(uint256 objectionId, address caller);

    /// @param trustedForwarder The Bevan ERC-2771 forwarder.
    /// @param admin The DAO's timelock: holds DEFAULT_ADMIN_ROLE (grants and revokes EMERGENCY_ROLE).
    /// @param emergencyResponders Initial holders of EMERGENCY_ROLE.
    constructor(address trustedForwarder, address admin, address[] memory emergencyResponders)
        ERC721("Bevan Patient Consent", "BCONSENT")
        ERC2771Context(trustedForwarder)
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        for (uint256 i = 0; i < emergencyResponders.length; ++i) {
            _grantRole(EMERGENCY_ROLE, emergencyResponders[i]);
        }
    }

    // ---------------------------------------------------------------- consents

    /// @notice Grants `grantee` consent to act on `patient`'s records for `purposes` and `actions`, minting a
    /// soulbound consent token to the patient.
    /// @dev Callable by the patient or one of the patient's guardians, directly or through the forwarder.
    /// @param patient The patient's wallet (receives the token).
    /// @param grantee The organisation's or clinician's address being granted access.
    /// @param purposes Bitmask of PURPOSE_* bits (at least one, none unknown).
    /// @param actions Bitmask of ACTION_* bits (at least one, none unknown).
    /// @param expiresAt Unix time from which the consent no longer permits; 0 for no expiry.
    /// @param scope Commitment (hash) to the data the consent covers; never the data itself.
    /// @return consentId The id of the new consent token.
    function grant(address patient, address grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope)
        external
        returns (uint256 consentId)
    {
        address sender = _msgSender();
        address subject = _checkPatientOrGuardian(patient, sender);
        bool byGuardian = sender != patient;
        if (grantee == address(0)) revert InvalidGrantee(grantee);
        if (byGuardian && grantee == sender) revert GuardianSelfGrant(patient, sender);
        if (purposes == 0 || purposes & ~ALL_PURPOSES != 0) revert InvalidPurposes(purposes);
        if (byGuardian && purposes & RESEARCH_PURPOSES != 0) {
            revert ResearchNeedsPatient(patient, sender, purposes & RESEARCH_PURPOSES);
        }
        if (actions == 0 || actions & ~ALL_ACTIONS != 0) revert InvalidActions(actions);
        if (expiresAt != 0 && (expiresAt <= block.timestamp || expiresAt > type(uint40).max)) {
            revert InvalidExpiry(expiresAt);
        }

        uint8 flags = byGuardian ? actions | FLAG_BY_GUARDIAN : actions;
        uint256 firstKey = slotKeyOf(subject, grantee, 0);
        uint16 count = _consents[firstKey].slotCount;
        if (count == 0) {
            consentId = firstKey;
            _store(_consents[consentId], grantee, purposes, flags, expiresAt, 1, 0);
        } else if (count < MAX_CONSENTS_PER_GRANTEE) {
            consentId = slotKeyOf(subject, grantee, count);
            _store(_consents[consentId], grantee, purposes, flags, expiresAt, 0, 0);
            _consents[firstKey].slotCount = count + 1;
        } else {
            uint256 key = _reusableSlot(subject, grantee, firstKey, count);
            uint16 generation = _consents[key].generation + 1;
            _store(_consents[key], grantee, purposes, flags, expiresAt, key == firstKey ? count : 0, generation);
            consentId = key | generation;
        }
        if (byGuardian) _guardianGrants[consentId] = GuardianGrant(sender, _guardianRemovals[subject][sender]);

        _mint(patient, consentId);
        emit Locked(consentId);
        emit ConsentGranted(consentId, patient, grantee, purposes, actions, expiresAt, scope, sender);
    }

    /// @notice Revokes a consent now. The record stays, with the revocation time, so history is auditable.
    /// @dev Callable by the consent's patient (the current wallet of the token owner's subject) or one of their
    /// guardians. An expired consent may still be revoked.
    /// @param consentId The consent to revoke.
    function revoke(uint256 consentId) external {
        address owner = _ownerOf(consentId);
        if (owner == address(0)) revert UnknownConsent(consentId);
        // One read of the owner's record gives the subject and the patient: the owner, or after a recovery the
        // subject's current wallet (`_recoveredWallet` always names the subject's one wallet that is not retired).
        Wallet storage w = _wallets[owner];
        (address subject, bool retired) = (w.subject, w.retired);
        if (subject == address(0)) subject = owner;
        address patient = retired ? _recoveredWallet[subject] : owner;
        address sender = _msgSender();
        _checkCaller(patient, subject, sender);
        address grantee = _markRevoked(_consents[consentId & ~GENERATION_MASK], consentId, subject);
        emit ConsentRevoked(consentId, patient, grantee, uint48(block.timestamp), sender);
    }

    /// @notice Whether `patient` currently permits `grantee` to perform `action` for `purpose` (by any consent, and
    /// with no objection standing for the purpose).
    /// @dev A consent permits while `block.timestamp < validUntil`; at `validUntil` it has expired. Emergency access
    /// never makes this true, nor does anything for a wallet a recovery retired. Visits at most
    /// MAX_CONSENTS_PER_GRANTEE slots.
    /// @param purpose A PURPOSE_* index (not a bitmask).
    /// @param action An ACTION_* index (not a bitmask).
    function isPermitted(address patient, address grantee, uint8 purpose, uint8 action) external view returns (bool) {
        (bool ok,) = permittingConsent(patient, grantee, purpose, action);
        return ok;
    }

    /// @notice Like `isPermitted`, and also returns the id of a consent that permits (the one in the pair's highest
    /// slot). An objection to the purpose makes it (false, 0) whatever the consents say.
    /// @param purpose A PURPOSE_* index (not a bitmask).
    /// @param action An ACTION_* index (not a bitmask).
    function permittingConsent(address patient, address grantee, uint8 purpose, uint8 action)
        public
        view
        returns (bool permitted, uint256 consentId)
    {
        if (purpose >= PURPOSE_COUNT || action >= ACTION_COUNT) return (false, 0);
        Wallet memory link = _wallets[patient];
        if (link.retired) return (false, 0);
        address subject = link.subject == address(0) ? patient : link.subject;
        if ((_objectedBy(subject, grantee) >> purpose) & 1 == 1) return (false, 0);
        uint256 firstKey = slotKeyOf(subject, grantee, 0);
        Consent memory first = _consents[firstKey];
        for (uint16 i = first.slotCount; i > 0; --i) {
            uint256 key = i == 1 ? firstKey : slotKeyOf(subject, grantee, i - 1);
            Consent memory c = i == 1 ? first : _consents[key];
            if ((c.purposes >> purpose) & 1 == 1 && (c.flags >> action) & 1 == 1) {
                uint256 id = key | c.generation;
                if (_permitsNow(subject, id, c)) return (true, id);
            }
        }
        return (false, 0);
    }

    /// @notice The consent with id `consentId`.
    /// @return patient The patient: the token's owner, or after a recovery the owner's subject's current wallet.
    /// @return grantee The grantee.
    /// @return purposes Bitmask of PURPOSE_* bits.
    /// @return actions Bitmask of ACTION_* bits.
    /// @return validUntil Time from which it no longer permits (0: no expiry); the revocation time once revoked (for
    /// a guardian's grant, the guardian's removal counts as its revocation).
    /// @return revoked Whether it was revoked.
    function consent(uint256 consentId)
        external
        view
        returns (address patient, address grantee, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked)
    {
        address owner = _requireOwned(consentId);
        patient = _currentWallet(owner);
        Consent memory c = _consents[consentId & ~GENERATION_MASK];
        // The low 16 bits of a consent id are its slot's generation (by construction).
        // forge-lint: disable-next-line(unsafe-typecast)
        if (c.generation != uint16(consentId)) revert ConsentSuperseded(consentId);
        validUntil = c.validUntil;
        revoked = c.flags & FLAG_REVOKED != 0;
        uint48 ended = _guardianGrantEnded(_subjectOf(owner), consentId, c.flags);
        if (!revoked && ended != 0) {
            revoked = true;
            if (validUntil == 0 || validUntil > ended) validUntil = ended;
        }
        return (patient, c.grantee, c.purposes, c.flags & ALL_ACTIONS, validUntil, revoked);
    }

    /// @notice How many storage slots `patient`'s consents to `grantee` use (at most MAX_CONSENTS_PER_GRANTEE).
    /// @dev Counts the consents of the wallet's subject (a recovered wallet's include its lost wallet's).
    function consentCount(address patient, address grantee) external view returns (uint256) {
        return _consents[slotKeyOf(_subjectOf(patient), grantee, 0)].slotCount;
    }

    /// @notice The id of the consent `patient` gave `grantee` that slot `index` (from 0) holds now.
    /// @dev Slots are the wallet's subject's (a recovered wallet's include its lost wallet's).
    function consentIdOf(address patient, address grantee, uint16 index) external view returns (uint256) {
        uint256 key = slotKeyOf(_subjectOf(patient), grantee, index);
        return key | _consents[key].generation;
    }

    /// @notice The storage key of slot `index` of the (patient, grantee) pair: the id of the slot's first consent.
    /// @dev `patient` here is a subject (`subjectOf`), the same as the wallet unless a recovery linked it.
    function slotKeyOf(address patient, address grantee, uint16 index) public pure returns (uint256) {
        return uint256(keccak256(abi.encodePacked(patient, grantee, index))) & ~GENERATION_MASK;
    }

    // -------------------------------------------------------------- objections

    /// @notice Records that `patient` objects to `purposes` for `grantee` (zero address: every grantee). While the
    /// objection stands, `isPermitted` is false for those purposes whatever consents say.
    /// @dev By the patient, or a guardian for non-research purposes. Purposes already objected to for the same
    /// grantee (or for every grantee, when `grantee` is zero) are refused, so each purpose has one standing
    /// objection per target and withdrawing one objection never lifts another.
    /// @param patient The patient.
    /// @param grantee The grantee the objection is about; zero for every grantee.
    /// @param purposes Bitmask of PURPOSE_* bits (at least one, none unknown).
    /// @return objectionId The new objection's id.
    function object(address patient, address grantee, uint16 purposes) external returns (uint256 objectionId) {
        address sender = _msgSender();
        address subject = _checkPatientOrGuardian(patient, sender);
        if (purposes == 0 || purposes & ~ALL_PURPOSES != 0) revert InvalidPurposes(purposes);
        bool byPatient = sender == patient;
        if (!byPatient && purposes & RESEARCH_PURPOSES != 0) {
            revert ResearchNeedsPatient(patient, sender, purposes & RESEARCH_PURPOSES);
        }
        uint16 standing = _objected[subject][grantee];
        if (standing & purposes != 0) revert AlreadyObjected(patient, grantee, standing & purposes);
        _objected[subject][grantee] = standing | purposes;
        // The wallet now has records of its own: it is no longer a fresh recovery target.
        if (subject == patient && _wallets[patient].subject == address(0)) _wallets[patient].subject = patient;
        objectionId = ++objectionCount;
        _objections[objectionId] = Objection(subject, purposes, byPatient, false, grantee);
        emit ObjectionRecorded(objectionId, patient, grantee, purposes, sender);
    }

    /// @notice Withdraws an objection: its purposes are permitted again wherever consents permit them.
    /// @dev By the patient; a guardian withdraws only objections a guardian recorded.
    /// @param objectionId The objection to withdraw.
    function withdrawObjection(uint256 objectionId) external {
        Objection storage o = _objections[objectionId];
        address subject = o.patient;
        if (subject == address(0)) revert UnknownObjection(objectionId);
        address patient = _currentWallet(subject);
        address sender = _msgSender();
        _checkPatientOrGuardian(patient, sender);
        if (o.withdrawn) revert ObjectionAlreadyWithdrawn(objectionId);
        if (sender != patient && o.byPatient) revert PatientObjection(objectionId, sender);
        o.withdrawn = true;
        address grantee = o.grantee;
        uint16 purposes = o.purposes;
        _objected[subject][grantee] &= ~purposes;
        emit ObjectionWithdrawn(objectionId, patient, grantee, purposes, sender);
    }

    /// @notice The objection with id `objectionId`.
    /// @return patient The patient (after a recovery, the patient's current wallet).
    /// @return grantee The grantee it is about (zero: every grantee).
    /// @return purposes Bitmask of PURPOSE_* bits.
    /// @return byPatient Whether the patient (not a guardian) recorded it.
    /// @return withdrawn Whether it was withdrawn.
    function objection(uint256 objectionId)
        external
        view
        returns (address patient, address grantee, uint16 purposes, bool byPatient, bool withdrawn)
    {
        Objection storage o = _objections[objectionId];
        if (o.patient == address(0)) revert UnknownObjection(objectionId);
        return (_currentWallet(o.patient), o.grantee, o.purposes, o.byPatient, o.withdrawn);
    }

    /// @notice The purposes `patient` objects to for `grantee`: objections about that grantee and about every grantee.
    function objectedPurposes(address patient, address grantee) external view returns (uint16) {
        return _objectedBy(_subjectOf(patient), grantee);
    }

    // --------------------------------------------------------------- guardians

    /// @notice Appoints `guardian` to grant and revoke consents on the caller's behalf.
    /// @param guardian The guardian's address (not zero, not the patient).
    function appointGuardian(address guardian) external {
        address patient = _msgSender();
        address subject = _activeSubject(patient);
        if (guardian == address(0) || guardian == patient || _wallets[guardian].retired) {
            revert InvalidGuardian(guardian);
        }
        if (!_guardians[subject].add(guardian)) revert GuardianExists(patient, guardian);
        emit GuardianAppointed(patient, guardian);
    }

    /// @notice Removes one of the caller's guardians. Every consent that guardian granted the caller stops
    /// permitting now and reads as revoked at this time (one call, however many it granted).
    /// @param guardian The guardian to remove.
    function removeGuardian(address guardian) external {
        address patient = _msgSender();
        address subject = _activeSubject(patient);
        if (!_guardians[subject].remove(guardian)) revert GuardianNotFound(patient, guardian);
        uint32 appointment = _guardianRemovals[subject][guardian];
        _guardianRemovedAt[subject][guardian][appointment] = uint48(block.timestamp);
        _guardianRemovals[subject][guardian] = appointment + 1;
        emit GuardianRemoved(patient, guardian);
    }

    /// @notice Whether `guardian` is one of `patient`'s guardians (appointed from any of the patient's wallets; a
    /// wallet a recovery retired is nobody's guardian).
    function isGuardian(address patient, address guardian) external view returns (bool) {
        return _guardians[_subjectOf(patient)].contains(guardian) && !_wallets[guardian].retired;
    }

    /// @notice All of `patient`'s guardians (appointed from any of the patient's wallets).
    function guardiansOf(address patient) external view returns (address[] memory) {
        return _guardians[_subjectOf(patient)].values();
    }

    // ------------------------------------------------------------ break-glass
    // A stolen EMERGENCY_ROLE key is bounded twice: each accessor may record at most `maxAccesses` emergency accesses
    // per `window` seconds (the DAO sets both), and EMERGENCY_REVOKER_ROLE holders (named by the DAO) revoke
    // EMERGENCY_ROLE in one transaction, without a proposal. A revoker can do nothing else.

    /// @notice Role of the addresses that may revoke EMERGENCY_ROLE at once (and nothing else). Granted by the DAO's
    /// timelock.
    bytes32 public constant EMERGENCY_REVOKER_ROLE = keccak256("EMERGENCY_REVOKER_ROLE");
    /// @notice The rate limit until the DAO sets another: 30 emergency accesses per accessor per hour.
    uint32 public constant DEFAULT_EMERGENCY_MAX_ACCESSES = 30;
    uint32 public constant DEFAULT_EMERGENCY_WINDOW = 1 hours;
    /// @notice Bounds of `setEmergencyLimit`'s window: a minute to 30 days.
    uint32 public constant MIN_EMERGENCY_WINDOW = 1 minutes;
    uint32 public constant MAX_EMERGENCY_WINDOW = 30 days;

    /// @dev At most `maxAccesses` per accessor per fixed window of `window` seconds. One storage slot.
    struct EmergencyLimit {
        uint32 maxAccesses;
        uint32 window;
    }

    /// @dev An accessor's current window: when it started and how many accesses it has recorded. One storage slot.
    struct EmergencyUsage {
        uint48 windowStart;
        uint32 count;
    }

    EmergencyLimit private _emergencyLimit = EmergencyLimit(DEFAULT_EMERGENCY_MAX_ACCESSES, DEFAULT_EMERGENCY_WINDOW);
    mapping(address accessor => EmergencyUsage) private _emergencyUsage;

    /// @notice The DAO set the break-glass rate limit: at most `maxAccesses` per accessor per `window` seconds.
    event EmergencyLimitSet(uint32 maxAccesses, uint32 window);

    /// @notice `accessor` has recorded its window's `maxAccesses` emergency accesses; it may again from `retryAt`.
    error EmergencyRateLimited(address accessor, uint48 retryAt);
    /// @notice A rate limit must allow at least one access, over a window of MIN_ to MAX_EMERGENCY_WINDOW seconds.
    error InvalidEmergencyLimit(uint32 maxAccesses, uint32 window);
    /// @notice `account` does not hold EMERGENCY_ROLE, so there is nothing to revoke.
    error NotEmergencyResponder(address account);

    /// @notice Records break-glass emergency access to `patient`'s records, for the reason whose hash is given.
    /// @dev Only EMERGENCY_ROLE, at most `maxAccesses` per accessor per window (a fixed window that starts at the
    /// accessor's first access after its previous window ended). Emits an audit event; grants no consent.
    /// @param patient The patient whose records are accessed.
    /// @param reasonHash Hash of the stated reason (the reason itself stays off-chain).
    function recordEmergencyAccess(address patient, bytes32 reasonHash) external onlyRole(EMERGENCY_ROLE) {
        if (patient == address(0)) revert InvalidPatient(patient);
        if (reasonHash == bytes32(0)) revert MissingReason();
        address accessor = _msgSender();
        uint48 nowTs = uint48(block.timestamp);
        EmergencyLimit memory limit = _emergencyLimit;
        EmergencyUsage storage usage = _emergencyUsage[accessor];
        uint48 windowEnd = usage.windowStart + limit.window;
        if (nowTs >= windowEnd) {
            usage.windowStart = nowTs;
            usage.count = 1;
        } else {
            uint32 count = usage.count;
            if (count >= limit.maxAccesses) revert EmergencyRateLimited(accessor, windowEnd);
            usage.count = count + 1;
        }
        emit EmergencyAccess(patient, accessor, reasonHash, nowTs);
    }

    /// @notice Revokes `account`'s EMERGENCY_ROLE now: the fast path for a lost or stolen break-glass key, with no
    /// proposal. Emits AccessControl's RoleRevoked naming the revoker.
    /// @dev Only EMERGENCY_REVOKER_ROLE. Revokes EMERGENCY_ROLE and nothing else; only the DAO grants it again.
    /// @param account The emergency responder whose role is revoked.
    function revokeEmergencyRole(address account) external onlyRole(EMERGENCY_REVOKER_ROLE) {
        if (!_revokeRole(EMERGENCY_ROLE, account)) revert NotEmergencyResponder(account);
    }

    /// @notice Sets the break-glass rate limit: at most `maxAccesses` per accessor per `window` seconds.
    /// @dev Only DEFAULT_ADMIN_ROLE (the DAO's timelock). Accessors' current windows keep their start and count.
    /// @param maxAccesses Accesses allowed per window (at least 1).
    /// @param window Window length in seconds (MIN_EMERGENCY_WINDOW to MAX_EMERGENCY_WINDOW).
    function setEmergencyLimit(uint32 maxAccesses, uint32 window) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (maxAccesses == 0 || window < MIN_EMERGENCY_WINDOW || window > MAX_EMERGENCY_WINDOW) {
            revert InvalidEmergencyLimit(maxAccesses, window);
        }
        _emergencyLimit = EmergencyLimit(maxAccesses, window);
        emit EmergencyLimitSet(maxAccesses, window);
    }

    /// @notice The break-glass rate limit: at most `maxAccesses` per accessor per `window` seconds.
    function emergencyLimit() external view returns (uint32 maxAccesses, uint32 window) {
        EmergencyLimit memory limit = _emergencyLimit;
        return (limit.maxAccesses, limit.window);
    }

    /// @notice How many more emergency accesses `accessor` may record now, and when its current window ends (0 when
    /// no window is running: the full limit is available).
    /// @param accessor The emergency responder.
    /// @return remaining Accesses left in the current window.
    /// @return resetsAt When the current window ends (0 if none is running).
    function emergencyAllowance(address accessor) external view returns (uint32 remaining, uint48 resetsAt) {
        EmergencyLimit memory limit = _emergencyLimit;
        EmergencyUsage memory usage = _emergencyUsage[accessor];
        uint48 windowEnd = usage.windowStart + limit.window;
        if (usage.windowStart == 0 || block.timestamp >= windowEnd) return (limit.maxAccesses, 0);
        return (usage.count >= limit.maxAccesses ? 0 : limit.maxAccesses - usage.count, windowEnd);
    }

    // ---------------------------------------------------------------- recovery
    // A lost key: the patient proves their identity again to an identity attester, who attests a new wallet with the
    // same commitment and asks KeyRecovery to move the patient there; a guardian's confirmation or a waiting period
    // (during which the old wallet can cancel) completes it, and KeyRecovery, holding RECOVERY_ROLE, calls
    // `recoverWallet`. The move is one write per wallet, however many consents the patient has.

    /// @notice Role of the contract that completes recoveries (KeyRecovery). Granted by the DAO's timelock.
    bytes32 public constant RECOVERY_ROLE = keccak256("RECOVERY_ROLE");

    /// @notice A recovery moved `subject`'s consents, guardians and objections from `oldWallet` (now retired: it
    /// permits and does nothing) to `newWallet`.
    event WalletRecovered(address indexed subject, address indexed oldWallet, address indexed newWallet);

    /// @notice A recovery retired this wallet: it can no longer act, be appointed guardian or be recovered again.
    error WalletRetired(address wallet);
    /// @notice A recovery target must be fresh: never linked, no consents, guardians or objections of its own.
    error NotFreshWallet(address wallet);
    /// @notice A recovery needs two distinct non-zero wallets.
    error InvalidRecovery(address oldWallet, address newWallet);

    /// @notice Moves `oldWallet`'s patient (its subject: consents, guardians, objections) to `newWallet` and retires
    /// `oldWallet`. Afterwards `isPermitted(newWallet, …)` answers as `isPermitted(oldWallet, …)` did, and
    /// `oldWallet` permits nothing.
    /// @dev Only RECOVERY_ROLE (KeyRecovery, which checks identity, guardian or waiting period). `newWallet` must be
    /// fresh (`isFreshWallet`), so a recovery never merges two patients' records.
    /// @param oldWallet The lost wallet (not retired).
    /// @param newWallet The patient's new wallet (fresh).
    function recoverWallet(address oldWallet, address newWallet) external onlyRole(RECOVERY_ROLE) {
        if (oldWallet == address(0) || newWallet == address(0) || oldWallet == newWallet) {
            revert InvalidRecovery(oldWallet, newWallet);
        }
        address subject = _activeSubject(oldWallet);
        if (!isFreshWallet(newWallet)) revert NotFreshWallet(newWallet);
        Wallet storage old = _wallets[oldWallet];
        old.subject = subject;
        old.retired = true;
        _wallets[newWallet].subject = subject; // fresh: not retired, no tokens
        _recoveredWallet[subject] = newWallet;
        emit WalletRecovered(subject, oldWallet, newWallet);
    }

    /// @notice Whether `wallet` may be a recovery target: non-zero, never linked or retired by a recovery, and with
    /// no consents (it never held a consent token), guardians or objections of its own.
    function isFreshWallet(address wallet) public view returns (bool) {
        Wallet memory w = _wallets[wallet];
        return wallet != address(0) && w.subject == address(0) && w.tokens == 0 && _guardians[wallet].length() == 0;
    }

    /// @notice The subject whose records `wallet` acts on (the address of the patient's first wallet; `wallet`
    /// itself unless a recovery linked it), and whether a recovery retired `wallet`.
    function subjectOf(address wallet) external view returns (address subject, bool retired) {
        Wallet memory w = _wallets[wallet];
        return (w.subject == address(0) ? wallet : w.subject, w.retired);
    }

    /// @notice The wallet that acts for `wallet`'s patient now: `wallet` itself unless a recovery retired it.
    function currentWalletOf(address wallet) external view returns (address) {
        return _currentWallet(wallet);
    }

    // ------------------------------------------------------------- internals

    /// @dev Writes a consent's slot in one SSTORE (the layout of `Consent`).
    function _store(
        Consent storage c,
        address grantee,
        uint16 purposes,
        uint8 flags,
        uint48 validUntil,
        uint16 slotCount,
        uint16 generation
    ) private {
        uint256 packed = uint256(uint160(grantee)) | (uint256(purposes) << 160) | (uint256(flags) << 176)
            // validUntil fits 40 bits: grant refuses a later expiry; revoke stores block time (40 bits until 36812).
            // forge-lint: disable-next-line(unsafe-typecast)
            | (uint256(uint40(validUntil)) << 184) | (uint256(slotCount) << 224) | (uint256(generation) << 240);
        assembly ("memory-safe") {
            sstore(c.slot, packed)
        }
    }

    /// @dev Marks consent `consentId` (stored as `c`, of `subject`) revoked now, in one read and one write of its slot;
    /// returns its grantee. Reverts if the slot holds a newer consent or the consent was already revoked.
    function _markRevoked(Consent storage c, uint256 consentId, address subject) private returns (address grantee) {
        uint16 purposes;
        uint8 flags;
        uint48 validUntil;
        uint16 slotCount;
        uint16 generation;
        (grantee, purposes, flags, validUntil, slotCount, generation) =
        (c.grantee, c.purposes, c.flags, c.validUntil, c.slotCount, c.generation);
        // The low 16 bits of a consent id are its slot's generation (by construction).
        // forge-lint: disable-next-line(unsafe-typecast)
        if (generation != uint16(consentId)) revert ConsentSuperseded(consentId);
        if (flags & FLAG_REVOKED != 0 || _guardianGrantEnded(subject, consentId, flags) != 0) {
            revert AlreadyRevoked(consentId);
        }
        // An expired consent keeps its expiry; any other ends now.
        if (validUntil == 0 || validUntil > block.timestamp) validUntil = uint48(block.timestamp);
        _store(c, grantee, purposes, flags | FLAG_REVOKED, validUntil, slotCount, generation);
    }

    /// @dev Whether consent `id` (stored as `c`) permits now: not revoked, not expired, and not granted by a guardian
    /// since removed.
    function _permitsNow(address subject, uint256 id, Consent memory c) private view returns (bool) {
        return c.flags & FLAG_REVOKED == 0 && (c.validUntil == 0 || block.timestamp < c.validUntil)
            && _guardianGrantEnded(subject, id, c.flags) == 0;
    }

    /// @dev For a consent a guardian granted: when the patient removed that guardian from the appointment it
    /// granted under (the removal revoked the grant); else 0.
    function _guardianGrantEnded(address subject, uint256 id, uint8 flags) private view returns (uint48) {
        if (flags & FLAG_BY_GUARDIAN == 0) return 0;
        GuardianGrant memory g = _guardianGrants[id];
        return _guardianRemovedAt[subject][g.guardian][g.appointment];
    }

    /// @dev A slot of a full pair whose consent no longer permits (the lowest), for a new grant to reuse.
    function _reusableSlot(address subject, address grantee, uint256 firstKey, uint16 count)
        private
        view
        returns (uint256)
    {
        for (uint16 i = 0; i < count; ++i) {
            uint256 key = i == 0 ? firstKey : slotKeyOf(subject, grantee, i);
            Consent memory c = _consents[key];
            if (c.generation != type(uint16).max && !_permitsNow(subject, key | c.generation, c)) return key;
        }
        revert TooManyConsents(subject, grantee);
    }

    /// @dev Reverts unless `caller` is the active wallet `patient` or one of its subject's guardians (not retired);
    /// returns the subject.
    function _checkPatientOrGuardian(address patient, address caller) private view returns (address subject) {
        if (patient == address(0)) revert InvalidPatient(patient);
        subject = _activeSubject(patient);
        _checkCaller(patient, subject, caller);
    }

    /// @dev Reverts unless `caller` is `patient` (the subject's active wallet) or one of `subject`'s guardians (not
    /// retired).
    function _checkCaller(address patient, address subject, address caller) private view {
        if (caller != patient && (!_guardians[subject].contains(caller) || _wallets[caller].retired)) {
            revert NotPatientOrGuardian(patient, caller);
        }
    }

    /// @dev The subject `wallet` acts for; reverts WalletRetired when a recovery retired it.
    function _activeSubject(address wallet) private view returns (address) {
        Wallet memory w = _wallets[wallet];
        if (w.retired) revert WalletRetired(wallet);
        return w.subject == address(0) ? wallet : w.subject;
    }

    /// @dev The subject of `wallet`, retired or not.
    function _subjectOf(address wallet) private view returns (address) {
        address subject = _wallets[wallet].subject;
        return subject == address(0) ? wallet : subject;
    }

    /// @dev The wallet that acts for `wallet`'s subject now: `wallet` itself unless a recovery retired it.
    function _currentWallet(address wallet) private view returns (address) {
        Wallet memory w = _wallets[wallet];
        if (!w.retired) return wallet;
        return _recoveredWallet[w.subject];
    }

    /// @dev The purposes `subject` objects to for `grantee`: objections about that grantee and about every grantee.
    function _objectedBy(address subject, address grantee) private view returns (uint16) {
        return _objected[subject][grantee] | _objected[subject][address(0)];
    }

    // ERC-721 bookkeeping is kept here rather than in OpenZeppelin's private mappings, so that a wallet's balance shares
    // the wallet's slot with its link (`Wallet`). Consent tokens are only ever minted: never transferred (soulbound),
    // never burned (the record stays).

    /// @inheritdoc ERC721
    function balanceOf(address owner) public view override returns (uint256) {
        if (owner == address(0)) revert ERC721InvalidOwner(address(0));
        return _wallets[owner].tokens;
    }

    function _ownerOf(uint256 tokenId) internal view override returns (address) {
        return _tokenOwners[tokenId];
    }

    /// @dev Mints only; ERC721._update is not called (its owner and balance mappings stay empty). A transfer gets the
    /// ordinary ERC-721 authorisation check first and then reverts SoulboundToken, as Soulbound721's would.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = _tokenOwners[tokenId];
        if (auth != address(0)) _checkAuthorized(from, auth, tokenId);
        if (from != address(0) || to == address(0)) revert SoulboundToken(tokenId);
        // A wallet cannot hold 2^88 tokens (each costs a grant).
        unchecked {
            ++_wallets[to].tokens;
        }
        _tokenOwners[tokenId] = to;
        emit Transfer(address(0), to, tokenId);
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(Soulbound721, AccessControl) returns (bool) {
        return Soulbound721.supportsInterface(interfaceId) || AccessControl.supportsInterface(interfaceId);
    }

    function _msgSender() internal view override(Context, ERC2771Context) returns (address) {
        return ERC2771Context._msgSender();
    }

    function _msgData() internal view override(Context, ERC2771Context) returns (bytes calldata) {
        return ERC2771Context._msgData();
    }

    function _contextSuffixLength() internal view override(Context, ERC2771Context) returns (uint256) {
        return ERC2771Context._contextSuffixLength();
    }
}
