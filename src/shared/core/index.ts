export * from './apply';
export * from './audience';
export * from './decide';
export * from './decision';
export * from './documentCommands';
export * from './findPrincipal';
export * from './initialState';
export * from './moveItem';
export * from './principalName';
export * from './principalIds';
export * from './replay';
export * from './sessionDefinition';
export * from './voting/majority';
export * from './voting/results';
export * from './voting/tallyBallots';
export * from './voting/validateSelections';
export * from './voting/voteCommands';
export * from './voting/voteLayout';
export * from './voting/voteTransitions';
export * from './voting/ruleThreshold';
export * from './onlineSeats';
export * from './voting/rerunCommand';
export * from './voting/voteDuration';
export * from './agenda/agendaOrder';
export * from './session/seatedCount';
export * from './session/sittingOrder';
export * from './session/lifecycle';
export * from './session/numberedGuests';
export { MAX_SITTINGS } from './session/sessionCommands';
export * from './session/agendaTemplate';
export * from './session/definitionFromPrevious';
export * from './session/principalChanges';
// Notices and help requests.
export * from './notices/noticeAudience';
export { MAX_NOTICES } from './notices/noticeCommands';
// Attendance.
export * from './attendance';
// The floor.
export * from './floor/remainingMs';
export * from './floor/speechLimit';
export * from './floor/moveToOrder';
// Question time.
export * from './questions/questionGroups';
export * from './questions/rebuttalFirst';
export * from './questions/topicKey';
export { isOpenQuestion } from './questions/questionCommands';
// The big screen.
export * from './screen';
// Document versions.
export * from './documentVersions';
