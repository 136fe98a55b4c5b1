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
/// @dev Consent ids are `keccak256(abi.encodePacked(patient, grantee, uint16(index)))` where `index` counts the
/// consents the patient has given that grantee, so `isPermitted` finds every consent of a pair without an extra
/// index in storage. The first consent of a pair also stores the pair's count. A revoked consent keeps its record:
/// `revoked` is set and `validUntil` becomes the revocation time (unless the consent had already expired earlier). Expiry needs no transaction: a consent permits
/// while `block.timestamp < validUntil` (or forever when `validUntil` is 0).
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
    uint8 public constant PURPOSE_HSYSADMIN = 9; // healthcare system administration
    uint8 public constant PURPOSE_COUNT = 10;
    uint16 public constant ALL_PURPOSES = uint16((1 << PURPOSE_COUNT) - 1);

    // FHIR R4 consent actions (http://terminology.hl7.org/CodeSystem/consentaction), one bit each.
    uint8 public constant ACTION_COLLECT = 0;
    uint8 public constant ACTION_ACCESS = 1;
    uint8 public constant ACTION_USE = 2;
    uint8 public constant ACTION_DISCLOSE = 3;
    uint8 public constant ACTION_CORRECT = 4;
    uint8 public constant ACTION_COUNT = 5;
    uint8 public constant ALL_ACTIONS = uint8((1 << ACTION_COUNT) - 1);

    /// @notice The most consents one patient may give one grantee (each new purpose set or renewal is one).
    uint16 public constant MAX_CONSENTS_PER_GRANTEE = 256;

    /// @dev One storage slot: 20 + 2 + 1 + 6 + 1 + 2 = 32 bytes.
    struct Consent {
        address grantee;
        uint16 purposes;
        uint8 actions;
        uint48 validUntil; // 0: no expiry; after revocation: the revocation time
        bool revoked;
        uint16 pairCount; // only meaningful on the pair's first consent (index 0): how many the pair has
    }

    mapping(uint256 consentId => Consent) private _consents;
    mapping(address patient => EnumerableSet.AddressSet) private _guardians;

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

    /// @notice A patient removed a guardian.
    event GuardianRemoved(address indexed patient, address indexed guardian);

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
    /// @notice The patient has already given this grantee the maximum number of consents.
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
        _checkPatientOrGuardian(patient, sender);
        if (grantee == address(0)) revert InvalidGrantee(grantee);
        if (purposes == 0 || purposes & ~ALL_PURPOSES != 0) revert InvalidPurposes(purposes);
        if (actions == 0 || actions & ~ALL_ACTIONS != 0) revert InvalidActions(actions);
        if (expiresAt != 0 && expiresAt <= block.timestamp) revert InvalidExpiry(expiresAt);

        uint256 firstId = consentIdOf(patient, grantee, 0);
        uint16 count = _consents[firstId].pairCount;
        if (count == MAX_CONSENTS_PER_GRANTEE) revert TooManyConsents(patient, grantee);
        if (count == 0) {
            consentId = firstId;
            _consents[consentId] = Consent(grantee, purposes, actions, expiresAt, false, 1);
        } else {
            consentId = consentIdOf(patient, grantee, count);
            _consents[consentId] = Consent(grantee, purposes, actions, expiresAt, false, 0);
            _consents[firstId].pairCount = count + 1;
        }

        _mint(patient, consentId);
        emit Locked(consentId);
        emit ConsentGranted(consentId, patient, grantee, purposes, actions, expiresAt, scope, sender);
    }

    /// @notice Revokes a consent now. The record stays, with the revocation time, so history is auditable.
    /// @dev Callable by the consent's patient or one of their guardians. An expired consent may still be revoked.
    /// @param consentId The consent to revoke.
    function revoke(uint256 consentId) external {
        address patient = _ownerOf(consentId);
        if (patient == address(0)) revert UnknownConsent(consentId);
        address sender = _msgSender();
        _checkPatientOrGuardian(patient, sender);
        Consent storage c = _consents[consentId];
        if (c.revoked) revert AlreadyRevoked(consentId);

        uint48 nowTs = uint48(block.timestamp);
        c.revoked = true;
        if (c.validUntil == 0 || c.validUntil > nowTs) c.validUntil = nowTs;
        emit ConsentRevoked(consentId, patient, c.grantee, nowTs, sender);
    }

    /// @notice Whether `patient` currently permits `grantee` to perform `action` for `purpose` (by any consent).
    /// @dev A consent permits while `block.timestamp < validUntil`; at `validUntil` it has expired. Emergency access
    /// never makes this true.
    /// @param purpose A PURPOSE_* index (not a bitmask).
    /// @param action An ACTION_* index (not a bitmask).
    function isPermitted(address patient, address grantee, uint8 purpose, uint8 action) external view returns (bool) {
        (bool ok,) = permittingConsent(patient, grantee, purpose, action);
        return ok;
    }

    /// @notice Like `isPermitted`, and also returns the id of the consent that permits (the newest one).
    function permittingConsent(address patient, address grantee, uint8 purpose, uint8 action)
        public
        view
        returns (bool permitted, uint256 consentId)
    {
        if (purpose >= PURPOSE_COUNT || action >= ACTION_COUNT) return (false, 0);
        uint256 firstId = consentIdOf(patient, grantee, 0);
        uint16 count = _consents[firstId].pairCount;
        for (uint16 i = count; i > 0; --i) {
            uint256 id = i == 1 ? firstId : consentIdOf(patient, grantee, i - 1);
            Consent storage c = _consents[id];
            if (
                !c.revoked && (c.validUntil == 0 || block.timestamp < c.validUntil) && (c.purposes >> purpose) & 1 == 1
                    && (c.actions >> action) & 1 == 1
            ) return (true, id);
        }
        return (false, 0);
    }

    /// @notice The consent with id `consentId`.
    /// @return patient The patient (the token's owner).
    /// @return grantee The grantee.
    /// @return purposes Bitmask of PURPOSE_* bits.
    /// @return actions Bitmask of ACTION_* bits.
    /// @return validUntil Time from which it no longer permits (0: no expiry); the revocation time once revoked.
    /// @return revoked Whether it was revoked.
    function consent(uint256 consentId)
        external
        view
        returns (address patient, address grantee, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked)
    {
        patient = _requireOwned(consentId);
        Consent storage c = _consents[consentId];
        return (patient, c.grantee, c.purposes, c.actions, c.validUntil, c.revoked);
    }

    /// @notice How many consents `patient` has given `grantee` (revoked and expired ones included).
    function consentCount(address patient, address grantee) external view returns (uint256) {
        return _consents[consentIdOf(patient, grantee, 0)].pairCount;
    }

    /// @notice The id of the `index`-th consent (from 0) that `patient` gave `grantee`.
    function consentIdOf(address patient, address grantee, uint16 index) public pure returns (uint256) {
        return uint256(keccak256(abi.encodePacked(patient, grantee, index)));
    }

    // --------------------------------------------------------------- guardians

    /// @notice Appoints `guardian` to grant and revoke consents on the caller's behalf.
    /// @param guardian The guardian's address (not zero, not the patient).
    function appointGuardian(address guardian) external {
        address patient = _msgSender();
        if (guardian == address(0) || guardian == patient) revert InvalidGuardian(guardian);
        if (!_guardians[patient].add(guardian)) revert GuardianExists(patient, guardian);
        emit GuardianAppointed(patient, guardian);
    }

    /// @notice Removes one of the caller's guardians.
    /// @param guardian The guardian to remove.
    function removeGuardian(address guardian) external {
        address patient = _msgSender();
        if (!_guardians[patient].remove(guardian)) revert GuardianNotFound(patient, guardian);
        emit GuardianRemoved(patient, guardian);
    }

    /// @notice Whether `guardian` is one of `patient`'s guardians.
    function isGuardian(address patient, address guardian) public view returns (bool) {
        return _guardians[patient].contains(guardian);
    }

    /// @notice All of `patient`'s guardians.
    function guardiansOf(address patient) external view returns (address[] memory) {
        return _guardians[patient].values();
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

    // ------------------------------------------------------------- internals

    function _checkPatientOrGuardian(address patient, address caller) private view {
        if (patient == address(0)) revert InvalidPatient(patient);
        if (caller != patient && !isGuardian(patient, caller)) revert NotPatientOrGuardian(patient, caller);
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
