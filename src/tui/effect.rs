//! What a screen asks the app to do after a key: the router carries it
//! out (open another screen, save, rate, ask, quit), so screens never
//! reach into each other or into the app.

use crate::browse::BrowseRow;
use crate::session::Filter;
use crate::settings::MockChoices;

/// The yes/no questions; each names what "yes" does.
#[derive(Debug, Clone, PartialEq)]
pub enum Confirm {
    /// Esc on the home screen.
    Quit,
    /// Delete on the recovered-draft prompt.
    DiscardRecovered,
    /// Esc on the feedback screen.
    SkipRating,
    /// `q` on the feedback screen.
    QuitUnrated,
    /// `d` in the answer menu.
    DiscardAnswer,
    /// `e` in the answer menu, or Esc in recall.
    EndSession,
    /// Quitting while the text on screen could not be saved.
    QuitUnsaved,
    /// `p` in a mock interview's menu.
    PassQuestion,
    /// `e` in a mock interview's menu.
    EndInterview,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    None,
    Flash(String),
    Confirm(Confirm),
    /// The answer screen's Esc menu.
    Menu,
    Quit,
    Home,
    /// Home, with a line for the footer.
    HomeWith(String),
    /// The practice setup, on the remembered choices.
    Setup,
    Practice {
        filter: Filter,
        count: usize,
    },
    /// Leaving the setup (home, or quitting): the choices are kept.
    LeaveSetup {
        filter: Filter,
        count: usize,
        quit: bool,
    },
    Review,
    /// The mock interview's setup, on the remembered choices.
    MockSetup,
    /// Start a mock interview with these choices.
    Mock(MockChoices),
    /// The list of past mock interviews.
    MockHistory,
    /// Open the report of this past mock.
    OpenMock(String),
    /// Rate this answer of a mock's report.
    RateMockAnswer {
        attempt_id: String,
        rating: u8,
    },
    Browse,
    Stats,
    Banks,
    /// My story.
    Story,
    /// Browse's view of one question.
    Detail(BrowseRow),
    /// The answer text changed: keep the crash snapshot current.
    Edited,
    Submit,
    Rate(u8),
    ExternalEditor,
    /// Open the target-role popup (from the home screen).
    ChooseTargetRole,
    /// Keep this role as the one applied for; `None`: no particular role
    /// (also "ask me later" on the first run, which is not asked again).
    SetTargetRole(Option<String>),
}
