namespace NorthPool.Cards;

// Written camelCase ("extraLarge", "attention"), as in the schema's examples.
public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }

public enum TextSize { Small, Default, Medium, Large, ExtraLarge }

public enum TextWeight { Lighter, Default, Bolder }

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum HorizontalAlignment { Left, Center, Right }

public enum VerticalAlignment { Top, Center, Bottom }

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public enum ActionStyle { Default, Positive, Destructive }

public enum ImageSize { Auto, Stretch, Small, Medium, Large }

public enum ChoiceInputStyle { Compact, Expanded, Filtered }

public enum AssociatedInputs { Auto, None }
